/** The query GraphiQL opens with: who supports whom, who accuses whom, and the sentences behind it. */
import { gistOf } from '../model/properties.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/vocabulary.js';

/** A selection of a relationship type's gist (an accusation's allegation), named from the vocabulary. */
export const gistSelection = (type: RelationshipType): string => `... on ${RELATIONSHIP_TYPES[type].graphql.object} { ${gistOf(type)} }`;

export const EXAMPLE_QUERY = `# Who supports whom in the Armenia–Azerbaijan conflict, and who says so?
# Press the run button, then try search, entities and relationships in the Docs panel.
query WhoSupportsWhom {
  relationships(type: SUPPORTS, first: 20) {
    totalCount
    edges {
      node {
        from { name }
        to { name }
        confidence
        ... on Support { forms }
        citations {
          quote
          assertedBy { name }
          via { name }
          source { title }
        }
      }
    }
  }
  armenia: entity(id: "armenia") {
    name
    ... on State {
      accusedBy {
        from { name }
        ${gistSelection('ACCUSES')}
        citations { quote assertedBy { name } }
      }
    }
  }
}
`;
