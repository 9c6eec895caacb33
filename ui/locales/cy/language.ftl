## Dewis iaith yr ap (gosod a Gosodiadau)
language-not-loaded = Doedd dim modd llwytho'r iaith honno ar hyn o bryd. Mae'r ap yn aros fel yr oedd. Rhowch gynnig arall arni.
language-not-kept = Doedd dim modd cadw'r iaith honno ar hyn o bryd. Mae'r ap yn aros fel yr oedd. Rhowch gynnig arall arni.
