// Reads a multi-document YAML stream (kubectl kustomize's output) from the file named by its
// argument, or from stdin without one, and validates each
// object against the Kubernetes API schema of its apiVersion and kind (kubernetes-models: types,
// required fields, enums; unknown fields are not reported). Prints one line per object; exits 1
// when any object is invalid or of a kind it has no schema for.
import { readFileSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'

const documents = parseAllDocuments(readFileSync(process.argv[2] ?? 0, 'utf8')).map((d) => d.toJS()).filter((d) => d)
let invalid = 0
for (const object of documents) {
  const name = `${object.kind}/${object.metadata?.name}`
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [null, object.apiVersion]
  const module = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`
  try {
    const Model = (await import(module))[object.kind]
    new Model(object).validate()
    console.log(`valid ${object.apiVersion} ${name}`)
  } catch (error) {
    invalid++
    console.log(`INVALID ${object.apiVersion} ${name}: ${error.message}`)
  }
}
console.log(`${documents.length - invalid} of ${documents.length} objects valid`)
process.exit(invalid === 0 && documents.length > 0 ? 0 : 1)
