## Chwilio, drwy'r hyn mae'r person wedi'i ysgrifennu.

search-title = Chwilio
search-lead = Dewch o hyd i eiriau yn eich cofnod digwyddiadau, eich cynllun diogelwch, eich cysylltiadau dibynadwy a'ch rhestrau gwirio.
search-form-label = Chwilio'ch gwybodaeth
search-for = Chwilio am
search-hint = Mae canlyniadau'n ymddangos wrth i chi deipio.
search-nothing-found = Dim byd wedi'i ganfod ar gyfer “{ $query }”.
search-failed = Doedd chwilio ddim yn gweithio y tro hwn. Rhowch gynnig arall arni.
search-result-count =
    { $count ->
        [one] { $count } canlyniad.
       *[other] { $count } o ganlyniadau.
    }
search-untitled = Heb deitl
search-hit-label = { $title }: { $snippet }

## Penawdau'r grwpiau o ganlyniadau

search-group-incidents = Digwyddiadau
search-group-plan = Cynllun diogelwch
search-group-plan-notes = Nodiadau'r cynllun
search-group-contacts = Cysylltiadau
search-group-checklists = Rhestrau gwirio
