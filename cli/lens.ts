#!/usr/bin/env node
console.log("lens stub", process.version);
