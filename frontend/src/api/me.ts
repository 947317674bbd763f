import { graphql } from '@/gql'

export const MeQuery = graphql(`
  query Me {
    me { id admin followedTeams { id name } followedLeagues { code name } }
  }
`)

export const FollowTeamMutation = graphql(`
  mutation FollowTeam($id: ID!) {
    followTeam(id: $id) {
      __typename
      ... on Me { id followedTeams { id name } }
      ... on TeamNotFound { message }
    }
  }
`)

export const UnfollowTeamMutation = graphql(`
  mutation UnfollowTeam($id: ID!) {
    unfollowTeam(id: $id) { id followedTeams { id name } }
  }
`)

export const FollowLeagueMutation = graphql(`
  mutation FollowLeague($code: String!) {
    followLeague(code: $code) {
      __typename
      ... on Me { id followedLeagues { code name } }
      ... on LeagueNotFound { message }
    }
  }
`)

export const UnfollowLeagueMutation = graphql(`
  mutation UnfollowLeague($code: String!) {
    unfollowLeague(code: $code) { id followedLeagues { code name } }
  }
`)
