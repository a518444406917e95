export function apiDevPlugin() { return { name: "placeholder" }; }
