## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…), b.png (…)").
attachments-list-separator = { ", " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = maint anhysbys
attachments-size-bytes =
    { $count ->
        [one] { $count } beit
       *[other] { $count } beit
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = Ychwanegu lluniau neu ffeiliau
attachments-hint = Caiff y ffeil ei chopïo i'r ap hwn a'i chloi i ffwrdd gyda phopeth arall. Mae'r ffeil wreiddiol yn aros lle roedd hi — efallai yr hoffech chi ei dileu o'r cyfrifiadur neu'r ffôn y daeth hi ohono.
attachments-hint-revising = Os tynnwch chi ffeil oddi ar y rhestr hon, bydd hi'n aros yn y fersiynau cynharach.
attachments-list-label = Ffeiliau wedi'u hatodi i'r cofnod hwn
attachments-earlier-file = Ffeil a atodwyd yn gynharach
attachments-remove = Tynnu
attachments-remove-label = Tynnu { $name }
attachments-removed = Tynnwyd { $name } oddi ar y cofnod hwn.
attachments-loading = Wrthi'n llwytho ei manylion…
attachments-details-failed-still-attached = Doedd dim modd llwytho ei manylion, ond mae hi'n dal wedi'i hatodi.
attachments-details-failed-all = Doedd dim modd llwytho manylion y ffeiliau sydd eisoes wedi'u hatodi. Maen nhw'n dal wedi'u hatodi a byddan nhw'n cael eu cadw.
attachments-adding = Wrthi'n ychwanegu { $name }…
attachments-adding-one-of = Wrthi'n ychwanegu { $number } o { $total }: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = Mae'r ffeil yn rhy fawr. Gall ffeiliau fod hyd at { $size } MB.
attachments-add-failed = doedd dim modd ei hychwanegu. Rhowch gynnig arall arni.
attachments-already = Mae { $name } eisoes wedi'i hatodi, felly ni chafodd ei hychwanegu ddwywaith.
attachments-added-one = Ychwanegwyd { $name }.
# $count is 2 or more.
attachments-added-many = Ychwanegwyd { $count } ffeil.

## An entry's files
attachments-view-label = Ffeiliau wedi'u hatodi
attachments-a-file = Ffeil
attachments-details-failed-now = Doedd dim modd llwytho ei manylion ar hyn o bryd.
attachments-show = Dangos
attachments-show-label = Dangos { $name }
attachments-hide = Cuddio
attachments-hide-label = Cuddio { $name }
attachments-picture-failed = Doedd dim modd dangos y llun hwn yma. Mae'r ffeil ei hun yn cael ei chadw'n ddiogel.
attachments-full-hash = SHA-256 llawn
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] Ffeil:
       *[other] Ffeiliau:
    }
attachments-version-file-unknown = ffeil nad oedd modd llwytho ei manylion
