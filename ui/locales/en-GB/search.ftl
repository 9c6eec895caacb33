## Search, across what the person has written.

search-title = Search
search-lead = Find words in your incident log, safety plan, trusted contacts and checklists.
search-form-label = Search your information
search-for = Search for
search-hint = Results appear as you type.
# $query: the words searched for.
search-nothing-found = Nothing found for “{ $query }”.
search-failed = Searching did not work just now. Please try again.
search-result-count =
    { $count ->
        [one] { $count } result.
       *[other] { $count } results.
    }
# A result with no title of its own.
search-untitled = Untitled
# A result's name for screen readers: its title, then the words around what was found.
search-hit-label = { $title }: { $snippet }

## Headings of the groups of results

search-group-incidents = Incidents
search-group-plan = Safety plan
search-group-plan-notes = Plan notes
search-group-contacts = Contacts
search-group-checklists = Checklists
