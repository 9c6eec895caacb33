# The open app: the header, its row of sections and the notes under it.

home-title = ਤੁਹਾਡੀ ਥਾਂ
home-quick-exit = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ
home-quick-exit-label = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ: ਹੁਣੇ ਲੁਕਾਓ ਅਤੇ ਲੌਕ ਕਰੋ
home-skip-link = ਸਕ੍ਰੀਨ 'ਤੇ ਜਾਓ

## The row of sections.
home-nav-label = ਹਿੱਸੇ
home-nav-plan = ਸੁਰੱਖਿਆ ਯੋਜਨਾ
home-nav-checklists = ਚੈੱਕਲਿਸਟਾਂ
home-nav-incidents = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ
home-nav-people = ਲੋਕ ਅਤੇ ਹੁਕਮ
home-nav-risk = ਖ਼ਤਰੇ ਦੀ ਤਸਵੀਰ
home-nav-evidence = ਰਿਪੋਰਟ
home-nav-contacts = ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ
home-nav-support = ਮਦਦ ਲਓ
home-nav-search = ਖੋਜੋ
home-nav-sharing = ਸਾਂਝਾ ਕਰਨਾ
home-nav-settings = ਸੈਟਿੰਗਾਂ

## Notes said once after unlock.
home-open-settings = ਸੈਟਿੰਗਾਂ ਖੋਲ੍ਹੋ
home-open-people-orders = ਲੋਕ ਅਤੇ ਹੁਕਮ ਖੋਲ੍ਹੋ
