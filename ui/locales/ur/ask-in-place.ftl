## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = ہاں، ہٹا دیں
ask-in-place-keep = رہنے دیں
