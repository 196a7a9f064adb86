// The `queuecast` command line (node only). Placeholder until the CLI lands.
// TEAM RULES ({COMMON} in your brief): read /work/main/COMMON.md before editing anything.
console.log("queuecast: the command line is not built yet");
