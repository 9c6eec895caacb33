# The open app: the header, its row of sections and the notes under it.

home-title = Eich lle chi
home-quick-exit = Gadael yn gyflym
home-quick-exit-label = Gadael yn gyflym: cuddio a chloi nawr
home-skip-link = Neidio i'r sgrin

## The row of sections.
home-nav-label = Adrannau
home-nav-plan = Cynllun diogelwch
home-nav-checklists = Rhestrau gwirio
home-nav-incidents = Cofnod digwyddiadau
home-nav-people = Pobl a gorchmynion
home-nav-risk = Darlun o'r risg
home-nav-evidence = Adroddiad
home-nav-contacts = Cysylltiadau dibynadwy
home-nav-support = Cael help
home-nav-search = Chwilio
home-nav-sharing = Rhannu
home-nav-settings = Gosodiadau

## Notes said once after unlock.
home-open-settings = Agor Gosodiadau
home-open-people-orders = Agor Pobl a gorchmynion
