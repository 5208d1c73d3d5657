/** English texts. The keys are the source of truth for `nl.ts` and for typed `t()` calls. */
export const en = {
  app: {
    name: 'Regiokracht',
    tagline: 'CRM for regional coalitions of education, companies and government',
    skipToContent: 'Skip to content',
    loading: 'Loading Regiokracht…',
    loadingPage: 'Loading page…',
  },
  language: {
    label: 'Language',
  },
  header: {
    coalition: 'Coalition',
    menu: 'Menu',
    mainNavigation: 'Main navigation',
    account: 'Account',
    logout: 'Log out',
    logoutFailed: 'Logging out failed. Please try again.',
  },
  roles: {
    coordinator: 'Coordinator',
    member: 'Member',
    partner: 'Partner',
    viewer: 'Viewer',
  },
  nav: {
    dashboard: 'Dashboard',
    organisations: 'Organisations',
    people: 'People',
    actionItems: 'Action items',
    commitments: 'Commitments',
    responsibilities: 'Responsibilities',
    handovers: 'Handovers',
    settings: 'Settings',
    portal: 'Portal',
  },
  sections: {
    organisations: 'Colleges, companies and governments in the coalition, with their engagement.',
    people: 'Contacts at partner organisations and coalition staff, with their layer and role.',
    actionItems: 'Every action item with exactly one owner; unowned and orphaned items first.',
    commitments: 'What partners pledged and what they have delivered so far.',
    responsibilities: 'Who holds which relationships, action items and initiatives.',
    handovers: 'Move everything a departing person holds to their successors in one step.',
    settings: 'Coalition details, members and roles, and the parameters of the analytics.',
    portal: 'Your organisation’s commitments, contributions and benefits in this coalition.',
  },
  placeholder: {
    title: 'Coming soon',
    description: 'This page is coming soon. It is part of a later release of Regiokracht.',
  },
  dashboard: {
    title: 'Dashboard',
    about: 'About this coalition',
    region: 'Region',
    themes: 'Themes',
    noRegion: 'No region set',
    noThemes: 'No themes yet',
    since: 'In Regiokracht since',
    description: 'Description',
    insights: 'Insights',
    insightsComingSoon:
      'Engagement, succession risk and the list of partners that need attention are coming soon.',
    loadFailed: 'The coalition could not be loaded.',
  },
  home: {
    title: 'Welcome',
    noCoalitionTitle: 'You are not a member of any coalition yet',
    noCoalitionDescription:
      'Ask the coordinator of your coalition to invite you. Once you are a member, it opens here.',
  },
  coalition: {
    notFoundTitle: 'Coalition not found',
    notFoundDescription: 'This coalition does not exist or you are not a member of it.',
    toStart: 'Go to my coalition',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in to work on your coalition.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'Invalid email or password',
    rateLimited: 'Too many sign-in attempts. Please wait a moment and try again.',
    rateLimitedSeconds_one: 'Too many sign-in attempts. Try again in {{count}} second.',
    rateLimitedSeconds_other: 'Too many sign-in attempts. Try again in {{count}} seconds.',
  },
  validation: {
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter a valid email address, like name@example.nl',
    passwordRequired: 'Enter your password',
  },
  errors: {
    title: 'Something went wrong',
    network: 'Cannot reach the server. Check your connection and try again.',
    server: 'Something went wrong on our side. Please try again in a moment.',
    forbidden: 'You do not have permission to do this.',
    notFound: 'This could not be found.',
    rateLimited: 'Too many requests. Please wait a moment and try again.',
    reference: 'Reference: {{reference}}',
    tryAgain: 'Try again',
    pageNotFoundTitle: 'Page not found',
    pageNotFoundDescription: 'The address may be mistyped, or the page has moved.',
    goHome: 'Go to the start page',
  },
};

/** Same keys as `en`, every text a string: the Dutch file must translate all of them. */
export type Translation = typeof en;
