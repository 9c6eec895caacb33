# What an advocate sees, read-only, of the person's incident log and risk screenings
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## The section

shared-records-heading = Wedi'i rannu gan y person (darllen yn unig)
shared-records-empty = Does dim byd wedi'i rannu eto. Y person sy'n dewis beth gallwch chi ei weld.
shared-records-incidents-lead = Cofnod digwyddiadau'r person ei hun, fel maen nhw'n ei rannu, y diweddaraf yn gyntaf. Gallwch chi ei ddarllen yma ond nid ei newid. Mae ffeiliau maen nhw wedi'u hatodi yn aros ar eu cyfrifiadur nhw oni bai eu bod nhw'n dewis dangos un i chi.
shared-records-screenings-lead = Atebion sgrinio risg y person ei hun, fel maen nhw'n eu rhannu, y diweddaraf yn gyntaf. Gallwch chi eu darllen yma ond nid eu newid.
shared-records-load-failed = Doedd dim modd llwytho'r hyn mae'r person yn ei rannu ar hyn o bryd.
# Whether what is shown is what the person's app signed.
shared-records-signed = Mae pob cofnod sy'n cael ei ddangos yma yn union fel y cafodd ei lofnodi gan ap y person.
shared-records-unchecked = { $count ->
    [one] Dydy un cofnod yma ddim fel y cafodd ei lofnodi gan ap y person. Mae wedi'i farcio isod: efallai ei fod wedi cael ei newid ers iddo adael eu hap nhw.
    [two] Dydy dau gofnod yma ddim fel y cawson nhw eu llofnodi gan ap y person. Maen nhw wedi'u marcio isod: efallai eu bod nhw wedi cael eu newid ers iddyn nhw adael ap y person.
   *[other] Dydy { $count } cofnod yma ddim fel y cawson nhw eu llofnodi gan ap y person. Maen nhw wedi'u marcio isod: efallai eu bod nhw wedi cael eu newid ers iddyn nhw adael ap y person.
    }
shared-records-not-signed = Dydy'r cofnodion hyn ddim wedi'u llofnodi gan ap y person, felly does dim modd gwirio mai eu cofnodion nhw ydyn nhw.
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = Allwedd llofnodi eu hap nhw (sydd hefyd ar eu hadroddiad o ddigwyddiadau):
shared-records-entry-unchecked = Dydy'r cofnod hwn ddim fel y cafodd ei lofnodi gan ap y person: efallai ei fod wedi cael ei newid ers iddo adael eu hap nhw. Gofynnwch i'r person edrych arno yn eu hap eu hunain; copi ac adroddiad eu hap nhw sy'n cyfrif.
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = Dydy rhai o newidiadau diweddaraf y person ddim wedi cyrraedd eto, felly efallai nad dyma bopeth maen nhw'n ei rannu.

## One shared incident

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = { $from } hyd at { $until }
# $when: a date and time.
shared-records-first-written = Ysgrifennwyd gyntaf: { $when }
shared-records-corrected = { $count ->
    [one] Cywirwyd unwaith
    [two] Cywirwyd ddwywaith
   *[other] Cywirwyd { $count } gwaith
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (y tro diwethaf: { $when })
shared-records-files-kept = { $count ->
    [one] { $count } ffeil yn aros ar eu cyfrifiadur nhw
   *[other] { $count } ffeil yn aros ar eu cyfrifiadur nhw
    }
shared-records-files-shown = { $count ->
    [one] { $count } ffeil wedi'i dangos i chi
   *[other] { $count } ffeil wedi'u dangos i chi
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] { $shown } ffeil wedi'i dangos i chi; { $kept } arall yn aros ar eu cyfrifiadur nhw
   *[other] { $shown } ffeil wedi'u dangos i chi; { $kept } arall yn aros ar eu cyfrifiadur nhw
    }
shared-records-files-label = Ffeiliau mae'r person yn eu dangos gyda'r cofnod hwn
shared-records-behaviour = Ymddygiad
shared-records-police = Yr heddlu
# $reference: the crime reference number, as written.
shared-records-crime-reference = Cyfeirnod trosedd: { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = Swyddog: { $officer }
shared-records-more = Rhagor o fanylion
shared-records-appearance = Pryd a gwedd
shared-records-vehicle = Cerbyd
shared-records-witnesses = Tystion
shared-records-impact = Sut effeithiodd arnyn nhw
shared-records-daily-life = Newidiadau i fywyd bob dydd
shared-records-also-told = Wedi dweud wrth hefyd

## The four behaviours (Fixated, Obsessed, Unwanted, Repeated: FOUR). The English word stays in brackets.

shared-records-behaviour-fixated = Wedi'i hoelio ar un person (Fixated)
shared-records-behaviour-obsessed = Obsesiynol (Obsessed)
shared-records-behaviour-unwanted = Digroeso (Unwanted)
shared-records-behaviour-repeated = Ailadroddus (Repeated)
