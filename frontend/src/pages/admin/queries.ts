import { graphql } from '@/gql'

export const AdminQuery = graphql(`
  query Admin {
    ingestRuns(last: 20) { id source target startedAt finishedAt status inserted updated unchanged rejected message }
    modelVersions(last: 20) { id name createdAt promoted status metrics { name value } }
    adminAuditLog(last: 20) { at actor operation arguments outcome }
  }
`)

/**
 * One league season's report. (dataQualityReports, every season at once, ran past the 10 s
 * request time-out on the shared development machine.)
 */
export const DataQualityQuery = graphql(`
  query DataQuality($league: String!, $season: String!) {
    dataQuality(league: $league, season: $season) {
      league season matches finishedMatches
      results { count share } statistics { count share } preMatchOdds { count share } closingOdds { count share }
      duplicatesSkipped rejects { reason count } newClubs
    }
  }
`)

export const RunSyncMutation = graphql(`
  mutation RunSync($source: String!) {
    runSync(source: $source) {
      __typename
      ... on SyncStarted { source startedAt }
      ... on SyncAlreadyRunning { message }
      ... on UnknownSource { message available }
    }
  }
`)

export const RetrainMutation = graphql(`
  mutation Retrain {
    retrain {
      __typename
      ... on TrainingStarted { startedAt leagues }
      ... on TrainingAlreadyRunning { message }
    }
  }
`)

export const PromoteMutation = graphql(`
  mutation Promote($id: ID!) {
    promoteModel(id: $id) {
      __typename
      ... on ModelPromoted { modelVersion { id } }
      ... on ModelNotFound { message }
      ... on ModelRetired { message }
    }
  }
`)
