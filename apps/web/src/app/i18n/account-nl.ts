import type { accountEn } from './account-en';

/** Dutch texts of the password pages; `nl.ts` mounts them under `account`. */
export const accountNl: typeof accountEn = {
  forgotLink: 'Wachtwoord vergeten?',
  backToLogin: 'Terug naar inloggen',
  newPassword: 'Nieuw wachtwoord',
  passwordHint: 'Minstens 10 tekens, en niet een van de meest gebruikte wachtwoorden.',
  passwordRequired: 'Kies een wachtwoord',
  passwordTooShort: 'Gebruik minstens 10 tekens',
  invitation: {
    title: 'Welkom bij Regiokracht',
    intro: 'Kies een wachtwoord voor uw account. Daarna bent u meteen ingelogd.',
    submit: 'Wachtwoord instellen en inloggen',
    invalid:
      'Deze uitnodigingslink is ongeldig, al gebruikt of verlopen. Vraag de coördinator om een nieuwe, of kies "Wachtwoord vergeten?" op de inlogpagina.',
    alreadySet:
      'Dit account heeft al een wachtwoord. Log in, of kies "Wachtwoord vergeten?" als u het kwijt bent.',
  },
  forgot: {
    title: 'Wachtwoord vergeten?',
    intro: 'Vul uw e-mailadres in. We e-mailen u een link om een nieuw wachtwoord te kiezen.',
    email: 'E-mailadres',
    submit: 'Link versturen',
    sent: 'Als er een account bestaat voor {{email}}, hebben we er een link naartoe gestuurd om een nieuw wachtwoord in te stellen. De link werkt één keer en een uur lang.',
    rateLimited: 'Te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
  },
  reset: {
    title: 'Kies een nieuw wachtwoord',
    intro: 'Uw andere sessies worden uitgelogd; daarna bent u meteen ingelogd.',
    submit: 'Nieuw wachtwoord instellen',
    invalid:
      'Deze link is ongeldig, al gebruikt of verlopen (hij werkt een uur). Vraag een nieuwe aan.',
    requestNew: 'Nieuwe link aanvragen',
  },
};
