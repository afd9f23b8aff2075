/** Resolves the Neo4j jars for the local path ahead of time (CI does this before the tests). */
import { findJava, resolveJars } from '../neo4j/toolchain.js';

await findJava(process.env);
const { from } = await resolveJars(process.env, (message) => console.log(`neo4j: ${message}`));
console.log(`neo4j: jars ready (${from === 'cache' ? 'already cached' : 'resolved with Maven'})`);
