## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = ਹਾਂ, ਹਟਾਓ
ask-in-place-keep = ਰਹਿਣ ਦਿਓ
