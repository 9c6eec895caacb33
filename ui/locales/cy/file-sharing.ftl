# Files shown to the advocate with an incident entry (screens/file-sharing.ts,
# screens/file-sharing-logic.ts).

## The person's side: on an opened entry

# $who is "several" when the incident log is shared with more than one person (a ticked file
# goes to each of them), anything else when with one.
file-sharing-hint = { $who ->
    [several] Mae'r bobl rydych chi'n rhannu eich cofnod digwyddiadau gyda nhw yn gweld y cofnod hwn. Mae ei ffeiliau'n aros ar y cyfrifiadur hwn oni bai eich bod chi'n eu ticio isod, ac mae ffeil rydych chi'n ei thicio yn cael ei dangos i bob un ohonyn nhw. Dad-diciwch un i'w chymryd yn ôl: caiff ei thynnu o'u copïau nhw pan fydd eu hapiau'n derbyn eich newidiadau nesaf.
   *[other] Mae eich eiriolwr yn gweld y cofnod hwn. Mae ei ffeiliau'n aros ar y cyfrifiadur hwn oni bai eich bod chi'n eu ticio isod. Dad-diciwch un i'w chymryd yn ôl: caiff ei thynnu o'u copi nhw pan fydd eu hap yn derbyn eich newidiadau nesaf.
    }
file-sharing-show = { $who ->
    [several] Dangos i'r bobl rydw i'n rhannu gyda nhw
   *[other] Dangos i fy eiriolwr
    }
# Stands for a file whose name cannot be found ($name below). In Welsh it comes after the verb, so it is lower case.
file-sharing-the-file = y ffeil
# $name: the file's name.
file-sharing-just-sent = { $who ->
    [several] Anfonwyd { $name }. Bydd pob un ohonyn nhw'n ei chael pan fydd eu hap yn cysylltu nesaf.
   *[other] Anfonwyd { $name }. Bydd eich eiriolwr yn ei chael pan fydd eu hap yn cysylltu nesaf.
    }
file-sharing-will-show = { $who ->
    [several] Bydd { $name } yn cael ei dangos i bawb rydych chi'n rhannu eich cofnod digwyddiadau gyda nhw.
   *[other] Bydd { $name } yn cael ei dangos i'ch eiriolwr.
    }
file-sharing-taken-back = { $who ->
    [several] Cymerwyd { $name } yn ôl. Caiff ei thynnu o'u copïau nhw pan fydd eu hapiau'n derbyn eich newidiadau nesaf.
   *[other] Cymerwyd { $name } yn ôl. Caiff ei thynnu o gopi eich eiriolwr pan fydd eu hap yn derbyn eich newidiadau nesaf.
    }
file-sharing-change-failed = Doedd dim modd newid hynny ar hyn o bryd. Chafodd dim byd ei anfon.

## How far a chosen file has gone (under its tick)

file-sharing-sent = { $who ->
    [several] Wedi'i hanfon. Bydd pob un ohonyn nhw'n ei chael pan fydd eu hap yn cysylltu nesaf.
   *[other] Wedi'i hanfon. Bydd eich eiriolwr yn ei chael pan fydd eu hap yn cysylltu nesaf.
    }
# With the incident log shared with several people, the file has gone to some of them.
# $reached: to how many; $seeing: how many see the log.
file-sharing-sent-some = Wedi'i hanfon at { $reached } o'r { $seeing } person sy'n gweld eich cofnod digwyddiadau. Bydd yn mynd at bob un o'r lleill pan fyddwch chi'n anfon ac yn derbyn gyda nhw (ar Rhannu, dewiswch y person, yna Anfon a derbyn nawr), neu tra byddwch chi'n cydweithio.
file-sharing-not-sent = Heb ei hanfon eto. Bydd yn mynd y tro nesaf y bydd yr ap hwn yn anfon ac yn derbyn, neu tra byddwch chi'n cydweithio.
# $sent: how many parts have gone; $count: how many parts there are.
file-sharing-parts-sent = Anfonwyd { $sent } o { $count } rhan. Bydd y gweddill yn mynd y tro nesaf y bydd yr ap hwn yn anfon ac yn derbyn, neu tra byddwch chi'n cydweithio.

## The advocate's side: under a file the person shows
# "Anfon a derbyn nawr" is the button on the Sharing screen (sharing-sync).

file-sharing-arriving = Ar ei ffordd: dydy hi ddim yma eto. Mae'n cyrraedd wrth i ap y person ei hanfon (mae Anfon a derbyn nawr, ar Rhannu, yn nôl yr hyn sydd wedi dod).
# $here: how many parts have arrived; $count: how many parts there are.
file-sharing-arriving-parts = Ar ei ffordd: { $here } o { $count } rhan yma. Mae'n cyrraedd wrth i ap y person ei hanfon (mae Anfon a derbyn nawr, ar Rhannu, yn nôl yr hyn sydd wedi dod).
file-sharing-not-shown-here = Does dim modd agor y math hwn o ffeil yn yr ap hwn. Mae ei henw, ei maint a'i SHA-256 i'w gweld.
