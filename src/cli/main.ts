// The `queuecast` command line (node only). Placeholder until the CLI lands.
console.log('queuecast: the command line is not built yet');
