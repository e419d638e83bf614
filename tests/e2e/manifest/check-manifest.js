// Validates a Teams app manifest against the 1.29 schema in shared/schemas, as its README says: the schema declares
// draft-04 but uses const, so ajv-draft-04 with strict off, and ajv-formats.
// stdin: {"schema": path, "manifest": {...}}   stdout: {"errors": [...]}
'use strict';
const fs = require('fs');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(input.schema, 'utf8')));
const valid = validate(input.manifest);
process.stdout.write(JSON.stringify({ errors: valid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`) }));
