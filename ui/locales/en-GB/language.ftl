## Choosing the app's language (setup and Settings)
language-not-loaded = That language could not be loaded just now. The app stays as it was. Please try again.
language-not-kept = That language could not be kept just now. The app stays as it was. Please try again.
