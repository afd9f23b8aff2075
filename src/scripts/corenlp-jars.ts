/** `npm run corenlp:jars`: resolves Stanford CoreNLP and its models jar for the optional parse backbone (once; about 500 MB). */
import { installCorenlpJars } from '../extract/parser/jars.js';
import { findJava } from '../neo4j/toolchain.js';

await findJava(process.env);
const classpath = await installCorenlpJars(process.env, (message) => console.log(`corenlp: ${message}`));
console.log(`corenlp: ${classpath.split(':').length} jars ready (corenlp/target/classpath.txt)`);
