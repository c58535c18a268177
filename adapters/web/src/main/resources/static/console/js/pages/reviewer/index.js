// Carrier reviewers work in Camunda's own Tasklist; the console only leads them there.
export const pages = ['review'];
