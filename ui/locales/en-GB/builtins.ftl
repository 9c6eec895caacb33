## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = Changing routines
builtin-checklist-changing-routines-01 = Vary the routes I take to regular places
builtin-checklist-changing-routines-02 = Vary the times I leave and arrive
builtin-checklist-changing-routines-03 = Travel with someone else when I can
builtin-checklist-changing-routines-04 = Share my journey or ETA with someone I trust
builtin-checklist-changing-routines-05 = Avoid posting where I am or where I will be, or photos that show it
builtin-checklist-changing-routines-06 = Ask friends and family not to post my location or photos of me
builtin-checklist-changing-routines-07 = Tell someone at work or school what is happening and agree a plan
builtin-checklist-changing-routines-08 = Ask to be on the electoral register anonymously
builtin-checklist-changing-routines-09 = Redirect my post or use a PO box
builtin-checklist-changing-routines-10 = Use different shops, gyms or cafés from time to time
builtin-checklist-changing-routines-11 = Keep my phone charged and with me

builtin-checklist-devices-and-accounts = Devices and accounts
builtin-checklist-devices-and-accounts-warning = Changing settings or passwords can alert the other person that you are taking steps, and for some people that makes things more dangerous. If you are not sure, talk to a support service first, and make changes from a device they have never had access to.
builtin-checklist-devices-and-accounts-01 = Check Find My / Find My Device and who can see my location
builtin-checklist-devices-and-accounts-02 = Check location sharing in maps, messaging and social apps
builtin-checklist-devices-and-accounts-03 = Check which devices are signed in to my accounts
builtin-checklist-devices-and-accounts-04 = List accounts we share or that they may know the password to
builtin-checklist-devices-and-accounts-05 = Check my bag, coat and car for tracking tags (AirTag, Tile, SmartTag)
builtin-checklist-devices-and-accounts-06 = Check for unknown apps, profiles or device management on my phone
builtin-checklist-devices-and-accounts-07 = Change passwords from a safe device, starting with email
builtin-checklist-devices-and-accounts-08 = Turn on two-step verification for email, banking and social media
builtin-checklist-devices-and-accounts-09 = Check email forwarding rules and recovery phone numbers
builtin-checklist-devices-and-accounts-10 = Check smart home devices, doorbells and cameras they could access
builtin-checklist-devices-and-accounts-11 = Check the car's app and connected services

builtin-service-gb-999-name = Emergency services
builtin-service-gb-999-description = Police, ambulance or fire when someone is in danger now.
builtin-service-gb-999-hours = 24 hours
builtin-service-gb-silent-solution-name = Silent Solution
builtin-service-gb-silent-solution-description = If you cannot speak: call 999 from a mobile, listen, then press 55 when asked. The operator will know it is a real emergency.
builtin-service-gb-silent-solution-hours = 24 hours
builtin-service-gb-101-name = Police (non-emergency)
builtin-service-gb-101-description = To report something that has already happened or ask for advice when no one is in immediate danger.
builtin-service-gb-101-hours = 24 hours
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline
builtin-service-gb-national-stalking-helpline-description = Advice and support for anyone affected by stalking.
builtin-service-gb-national-stalking-helpline-hours = Mon, Tue, Thu, Fri 09:30–16:00; Wed 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (Refuge)
builtin-service-gb-refuge-description = Free, confidential support for anyone experiencing domestic abuse, including finding a refuge.
builtin-service-gb-refuge-hours = 24 hours
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = Pass on information about crime anonymously.
builtin-service-gb-crimestoppers-hours = 24 hours
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service
builtin-service-gb-paladin-description = Specialist stalking advocates who support people at high risk and help them through the police and courts.
builtin-service-gb-paladin-hours = Weekdays
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline
builtin-service-gb-wls-live-fear-free-description = Free, confidential help in Welsh or English for anyone in Wales experiencing domestic abuse, sexual violence or stalking. You can also text 07860 077 333.
builtin-service-gb-wls-live-fear-free-hours = 24 hours
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline
builtin-service-gb-sct-domestic-abuse-helpline-description = Free, confidential support for anyone in Scotland affected by domestic abuse or forced marriage.
builtin-service-gb-sct-domestic-abuse-helpline-hours = 24 hours
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = Free, confidential support for anyone in Northern Ireland affected by domestic or sexual abuse.
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = 24 hours
builtin-service-gb-mens-advice-line-name = Men's Advice Line (Respect)
builtin-service-gb-mens-advice-line-description = Confidential support for men experiencing domestic abuse.
builtin-service-gb-mens-advice-line-hours = Weekdays
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline
builtin-service-gb-galop-description = Support for LGBT+ people experiencing domestic abuse, including from family members.
builtin-service-gb-galop-hours = Weekdays
