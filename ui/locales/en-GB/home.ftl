# The open app: the header, its row of sections and the notes under it.

home-title = Your space
home-quick-exit = Quick exit
home-quick-exit-label = Quick exit: hide and lock now
home-skip-link = Skip to the screen

## The row of sections.
home-nav-label = Sections
home-nav-plan = Safety plan
home-nav-checklists = Checklists
home-nav-incidents = Incident log
home-nav-people = People & orders
home-nav-risk = Risk picture
home-nav-evidence = Report
home-nav-contacts = Trusted contacts
home-nav-support = Get help
home-nav-search = Search
home-nav-sharing = Sharing
home-nav-settings = Settings

## Notes said once after unlock.
home-open-settings = Open Settings
home-open-people-orders = Open People & orders
