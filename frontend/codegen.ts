import type { CodegenConfig } from '@graphql-codegen/cli'

// Types come from the schema files the backend serves: a schema change that breaks a query
// of the app fails codegen (unknown field) or the type check that follows it.
const config: CodegenConfig = {
  schema: '../schema/*.graphqls',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', BigDecimal: 'number' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
}
export default config
