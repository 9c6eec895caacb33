## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = ਰੁਟੀਨ ਵਿੱਚ ਬਦਲਾਅ
builtin-checklist-changing-routines-01 = ਜਿਨ੍ਹਾਂ ਥਾਵਾਂ 'ਤੇ ਨਿਯਮਤ ਤੌਰ 'ਤੇ ਜਾਣਾ ਹੁੰਦਾ ਹੈ, ਉੱਥੇ ਜਾਣ ਦੇ ਰਸਤੇ ਬਦਲਦੇ ਰਹੋ
builtin-checklist-changing-routines-02 = ਨਿਕਲਣ ਅਤੇ ਪਹੁੰਚਣ ਦੇ ਸਮੇਂ ਬਦਲਦੇ ਰਹੋ
builtin-checklist-changing-routines-03 = ਜਦੋਂ ਹੋ ਸਕੇ, ਕਿਸੇ ਹੋਰ ਦੇ ਨਾਲ ਸਫ਼ਰ ਕਰੋ
builtin-checklist-changing-routines-04 = ਆਪਣਾ ਸਫ਼ਰ ਜਾਂ ਪਹੁੰਚਣ ਦਾ ਅੰਦਾਜ਼ਨ ਸਮਾਂ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਨਾਲ ਸਾਂਝਾ ਕਰੋ
builtin-checklist-changing-routines-05 = ਆਪਣੀ ਮੌਜੂਦਾ ਜਾਂ ਆਉਣ ਵਾਲੀ ਥਾਂ ਬਾਰੇ ਪੋਸਟ ਕਰਨ ਤੋਂ ਬਚੋ, ਅਤੇ ਅਜਿਹੀਆਂ ਫ਼ੋਟੋਆਂ ਤੋਂ ਵੀ ਜਿਨ੍ਹਾਂ ਤੋਂ ਇਹ ਪਤਾ ਲੱਗੇ
builtin-checklist-changing-routines-06 = ਦੋਸਤਾਂ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਜਾਂ ਤੁਹਾਡੀਆਂ ਫ਼ੋਟੋਆਂ ਪੋਸਟ ਨਾ ਕਰਨ
builtin-checklist-changing-routines-07 = ਕੰਮ ਜਾਂ ਸਕੂਲ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ, ਅਤੇ ਮਿਲ ਕੇ ਇੱਕ ਯੋਜਨਾ ਤੈਅ ਕਰੋ
builtin-checklist-changing-routines-08 = ਵੋਟਰ ਸੂਚੀ (electoral register) ਵਿੱਚ ਗੁਮਨਾਮ ਤੌਰ 'ਤੇ ਨਾਮ ਦਰਜ ਕਰਵਾਉਣ ਲਈ ਬੇਨਤੀ ਕਰੋ
builtin-checklist-changing-routines-09 = ਆਪਣੀ ਡਾਕ ਕਿਸੇ ਹੋਰ ਪਤੇ 'ਤੇ ਭਿਜਵਾਉਣ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ, ਜਾਂ PO box (ਡਾਕਖ਼ਾਨੇ ਦਾ ਡੱਬਾ) ਵਰਤੋ
builtin-checklist-changing-routines-10 = ਸਮੇਂ-ਸਮੇਂ 'ਤੇ ਵੱਖਰੀਆਂ ਦੁਕਾਨਾਂ, ਜਿੰਮ ਜਾਂ ਕੈਫ਼ੇ ਵਰਤੋ
builtin-checklist-changing-routines-11 = ਆਪਣਾ ਫ਼ੋਨ ਚਾਰਜ ਰੱਖੋ ਅਤੇ ਉਸਨੂੰ ਆਪਣੇ ਕੋਲ ਰੱਖੋ

builtin-checklist-devices-and-accounts = ਡਿਵਾਈਸਾਂ ਅਤੇ ਖਾਤੇ
builtin-checklist-devices-and-accounts-warning = ਸੈਟਿੰਗਾਂ ਜਾਂ ਪਾਸਵਰਡ ਬਦਲਣ ਨਾਲ ਦੂਜੇ ਵਿਅਕਤੀ ਨੂੰ ਖ਼ਬਰ ਹੋ ਸਕਦੀ ਹੈ ਕਿ ਕਦਮ ਚੁੱਕੇ ਜਾ ਰਹੇ ਹਨ, ਅਤੇ ਕੁਝ ਲੋਕਾਂ ਲਈ ਇਸ ਨਾਲ ਖ਼ਤਰਾ ਵਧ ਜਾਂਦਾ ਹੈ। ਜੇ ਪੱਕਾ ਪਤਾ ਨਾ ਹੋਵੇ, ਤਾਂ ਪਹਿਲਾਂ ਕਿਸੇ ਸਹਾਇਤਾ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰੋ, ਅਤੇ ਤਬਦੀਲੀਆਂ ਅਜਿਹੀ ਡਿਵਾਈਸ ਤੋਂ ਕਰੋ ਜਿਸ ਤੱਕ ਉਹਨਾਂ ਦੀ ਕਦੇ ਪਹੁੰਚ ਨਾ ਰਹੀ ਹੋਵੇ।
builtin-checklist-devices-and-accounts-01 = Find My / Find My Device ਚੈੱਕ ਕਰੋ, ਅਤੇ ਇਹ ਵੀ ਕਿ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਕੌਣ ਵੇਖ ਸਕਦਾ ਹੈ
builtin-checklist-devices-and-accounts-02 = ਨਕਸ਼ਿਆਂ, ਮੈਸੇਜਿੰਗ ਅਤੇ ਸੋਸ਼ਲ ਐਪਾਂ ਵਿੱਚ ਲੋਕੇਸ਼ਨ ਸਾਂਝੀ ਕਰਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਚੈੱਕ ਕਰੋ
builtin-checklist-devices-and-accounts-03 = ਚੈੱਕ ਕਰੋ ਕਿ ਤੁਹਾਡੇ ਖਾਤਿਆਂ ਵਿੱਚ ਕਿਹੜੀਆਂ ਡਿਵਾਈਸਾਂ ਸਾਈਨ ਇਨ ਹਨ
builtin-checklist-devices-and-accounts-04 = ਉਹਨਾਂ ਖਾਤਿਆਂ ਦੀ ਸੂਚੀ ਬਣਾਓ ਜੋ ਸਾਂਝੇ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਦਾ ਪਾਸਵਰਡ ਸ਼ਾਇਦ ਦੂਜੇ ਵਿਅਕਤੀ ਨੂੰ ਪਤਾ ਹੋਵੇ
builtin-checklist-devices-and-accounts-05 = ਆਪਣੇ ਬੈਗ, ਕੋਟ ਅਤੇ ਕਾਰ ਵਿੱਚ ਟਰੈਕਿੰਗ ਟੈਗ (AirTag, Tile, SmartTag) ਲੱਭੋ
builtin-checklist-devices-and-accounts-06 = ਆਪਣੇ ਫ਼ੋਨ 'ਤੇ ਅਣਜਾਣ ਐਪਾਂ, ਪ੍ਰੋਫ਼ਾਈਲਾਂ ਜਾਂ ਡਿਵਾਈਸ ਮੈਨੇਜਮੈਂਟ ਚੈੱਕ ਕਰੋ
builtin-checklist-devices-and-accounts-07 = ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਡਿਵਾਈਸ ਤੋਂ ਪਾਸਵਰਡ ਬਦਲੋ, ਈਮੇਲ ਤੋਂ ਸ਼ੁਰੂ ਕਰਕੇ
builtin-checklist-devices-and-accounts-08 = ਈਮੇਲ, ਬੈਂਕਿੰਗ ਅਤੇ ਸੋਸ਼ਲ ਮੀਡੀਆ ਲਈ ਦੋ-ਪੜਾਵੀ ਤਸਦੀਕ (two-step verification) ਚਾਲੂ ਕਰੋ
builtin-checklist-devices-and-accounts-09 = ਈਮੇਲ ਫਾਰਵਰਡ ਕਰਨ ਦੇ ਨਿਯਮ ਅਤੇ ਰਿਕਵਰੀ ਫ਼ੋਨ ਨੰਬਰ ਚੈੱਕ ਕਰੋ
builtin-checklist-devices-and-accounts-10 = ਸਮਾਰਟ ਹੋਮ ਡਿਵਾਈਸਾਂ, ਦਰਵਾਜ਼ੇ ਦੀਆਂ ਘੰਟੀਆਂ ਅਤੇ ਕੈਮਰੇ ਚੈੱਕ ਕਰੋ ਜਿਨ੍ਹਾਂ ਤੱਕ ਦੂਜੇ ਵਿਅਕਤੀ ਦੀ ਪਹੁੰਚ ਹੋ ਸਕਦੀ ਹੈ
builtin-checklist-devices-and-accounts-11 = ਕਾਰ ਦੀ ਐਪ ਅਤੇ ਉਸ ਨਾਲ ਜੁੜੀਆਂ ਸੇਵਾਵਾਂ ਚੈੱਕ ਕਰੋ

builtin-service-gb-999-name = ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ
builtin-service-gb-999-description = ਜਦੋਂ ਕੋਈ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ ਤਾਂ ਪੁਲਿਸ, ਐਂਬੂਲੈਂਸ ਜਾਂ ਫ਼ਾਇਰ ਬ੍ਰਿਗੇਡ।
builtin-service-gb-999-hours = 24 ਘੰਟੇ
builtin-service-gb-silent-solution-name = Silent Solution (ਚੁੱਪ ਹੱਲ)
builtin-service-gb-silent-solution-description = ਜੇ ਬੋਲਣਾ ਸੰਭਵ ਨਾ ਹੋਵੇ: ਮੋਬਾਈਲ ਫ਼ੋਨ ਤੋਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਸੁਣੋ, ਫਿਰ ਪੁੱਛੇ ਜਾਣ 'ਤੇ 55 ਦਬਾਓ। ਆਪਰੇਟਰ ਨੂੰ ਪਤਾ ਲੱਗ ਜਾਵੇਗਾ ਕਿ ਇਹ ਸੱਚਮੁੱਚ ਐਮਰਜੈਂਸੀ ਹੈ।
builtin-service-gb-silent-solution-hours = 24 ਘੰਟੇ
builtin-service-gb-101-name = ਪੁਲਿਸ (ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ)
builtin-service-gb-101-description = ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਜੋ ਪਹਿਲਾਂ ਹੀ ਹੋ ਚੁੱਕੀ ਹੈ, ਜਾਂ ਸਲਾਹ ਲੈਣ ਲਈ, ਜਦੋਂ ਕੋਈ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਨਾ ਹੋਵੇ।
builtin-service-gb-101-hours = 24 ਘੰਟੇ
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline (ਸਟਾਕਿੰਗ ਲਈ ਕੌਮੀ ਹੈਲਪਲਾਈਨ)
builtin-service-gb-national-stalking-helpline-description = ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ (ਸਟਾਕਿੰਗ) ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹਰ ਵਿਅਕਤੀ ਲਈ ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ।
builtin-service-gb-national-stalking-helpline-hours = ਸੋਮਵਾਰ, ਮੰਗਲਵਾਰ, ਵੀਰਵਾਰ, ਸ਼ੁੱਕਰਵਾਰ 09:30–16:00; ਬੁੱਧਵਾਰ 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਲਈ ਕੌਮੀ ਹੈਲਪਲਾਈਨ, Refuge)
builtin-service-gb-refuge-description = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਹਰ ਵਿਅਕਤੀ ਲਈ ਮੁਫ਼ਤ, ਗੁਪਤ ਸਹਾਇਤਾ, ਜਿਸ ਵਿੱਚ ਸ਼ਰਨ-ਘਰ (refuge) ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਵੀ ਸ਼ਾਮਲ ਹੈ।
builtin-service-gb-refuge-hours = 24 ਘੰਟੇ
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = ਅਪਰਾਧ ਬਾਰੇ ਜਾਣਕਾਰੀ ਗੁਮਨਾਮ ਤੌਰ 'ਤੇ ਦਿਓ।
builtin-service-gb-crimestoppers-hours = 24 ਘੰਟੇ
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service (ਸਟਾਕਿੰਗ ਪੀੜਤਾਂ ਦੀ ਸਹਾਇਤਾ ਲਈ ਕੌਮੀ ਸੇਵਾ)
builtin-service-gb-paladin-description = ਸਟਾਕਿੰਗ ਦੇ ਮਾਹਰ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ, ਜੋ ਵੱਧ ਖ਼ਤਰੇ ਵਾਲੇ ਲੋਕਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਦੇ ਹਨ ਅਤੇ ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ ਦੀ ਕਾਰਵਾਈ ਦੌਰਾਨ ਉਹਨਾਂ ਦਾ ਸਾਥ ਦਿੰਦੇ ਹਨ।
builtin-service-gb-paladin-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline (ਡਰ ਤੋਂ ਬਿਨਾਂ ਜੀਓ ਹੈਲਪਲਾਈਨ)
builtin-service-gb-wls-live-fear-free-description = ਵੇਲਜ਼ ਵਿੱਚ ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ, ਜਿਨਸੀ ਹਿੰਸਾ ਜਾਂ ਸਟਾਕਿੰਗ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਹਰ ਵਿਅਕਤੀ ਲਈ ਵੈਲਸ਼ ਜਾਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਮੁਫ਼ਤ, ਗੁਪਤ ਮਦਦ। 07860 077 333 'ਤੇ ਟੈਕਸਟ ਸੁਨੇਹਾ ਵੀ ਭੇਜਿਆ ਜਾ ਸਕਦਾ ਹੈ।
builtin-service-gb-wls-live-fear-free-hours = 24 ਘੰਟੇ
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline (ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਅਤੇ ਜਬਰੀ ਵਿਆਹ ਲਈ ਸਕਾਟਲੈਂਡ ਦੀ ਹੈਲਪਲਾਈਨ)
builtin-service-gb-sct-domestic-abuse-helpline-description = ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਜਾਂ ਜਬਰੀ ਵਿਆਹ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹਰ ਵਿਅਕਤੀ ਲਈ ਮੁਫ਼ਤ, ਗੁਪਤ ਸਹਾਇਤਾ।
builtin-service-gb-sct-domestic-abuse-helpline-hours = 24 ਘੰਟੇ
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline (ਘਰੇਲੂ ਅਤੇ ਜਿਨਸੀ ਦੁਰਵਿਹਾਰ ਲਈ ਹੈਲਪਲਾਈਨ)
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਘਰੇਲੂ ਜਾਂ ਜਿਨਸੀ ਦੁਰਵਿਹਾਰ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹਰ ਵਿਅਕਤੀ ਲਈ ਮੁਫ਼ਤ, ਗੁਪਤ ਸਹਾਇਤਾ।
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = 24 ਘੰਟੇ
builtin-service-gb-mens-advice-line-name = Men's Advice Line (ਮਰਦਾਂ ਲਈ ਸਲਾਹ ਲਾਈਨ, Respect)
builtin-service-gb-mens-advice-line-description = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਮਰਦਾਂ ਲਈ ਗੁਪਤ ਸਹਾਇਤਾ।
builtin-service-gb-mens-advice-line-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline (LGBT+ ਲੋਕਾਂ ਲਈ ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਦੀ ਕੌਮੀ ਹੈਲਪਲਾਈਨ)
builtin-service-gb-galop-description = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ LGBT+ ਲੋਕਾਂ ਲਈ ਸਹਾਇਤਾ, ਜਿਸ ਵਿੱਚ ਪਰਿਵਾਰ ਦੇ ਜੀਆਂ ਵੱਲੋਂ ਦੁਰਵਿਹਾਰ ਵੀ ਸ਼ਾਮਲ ਹੈ।
builtin-service-gb-galop-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ
