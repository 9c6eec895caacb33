## Risk picture: screenings, the advocate's part, patterns from the incident log.
## Helplines' names stay in English; their phone numbers and hours come in as variables.

## The answers

risk-answer-yes = Yes
risk-answer-no = No
risk-answer-not-known = Not known

## The questions, by the code Rust stores with each answer.
## Domestic abuse: one question per area of the SafeLives DASH risk checklist (numbers 1–24, in order).
## Stalking: one per area of the S-DASH (numbers 1–11, in order). Then the earlier questions (no longer asked, still shown).
## Keep the meaning exact: advocates copy the answers onto the published forms.

risk-q-da-injury = Were you hurt the last time something happened?
risk-q-da-frightened = Are you very frightened?
risk-q-da-afraid-of = Are you afraid they will hurt you again, or do something worse?
risk-q-da-isolated = Do they keep you away from family, friends, your doctor or other people?
risk-q-da-low-mood = Have you been feeling very low, or had thoughts of ending your life?
risk-q-da-separation = Have you left them, or tried to, in the past year?
risk-q-da-child-contact = Is there conflict with them over seeing the children?
risk-q-da-stalking = Do they keep messaging, calling, following or watching you?
risk-q-da-pregnancy = Are you pregnant, or have you had a baby in the last 18 months?
risk-q-da-more-often = Is it happening more often than it used to?
risk-q-da-worse = Is it getting worse?
risk-q-da-control = Do they try to control what you do, or act very jealous?
risk-q-da-weapon = Have they ever hurt you with a weapon or an object?
risk-q-da-threat-to-kill = Have they ever threatened to kill you or someone else, and you believed them?
risk-q-da-strangling = Have they ever tried to strangle, choke, smother or drown you?
risk-q-da-sexual = Do they do or say sexual things that hurt you or make you feel bad, or do so to someone else?
risk-q-da-other-threat = Is there anyone else who has threatened you, or who you are afraid of?
risk-q-da-hurt-others = Do you know of them hurting anyone else, such as children, a relative or a former partner?
risk-q-da-animals = Have they ever hurt or mistreated an animal or a pet?
risk-q-da-money = Are there money problems, such as relying on them for money, or them losing their job?
risk-q-da-their-problems = In the past year, have drink, drugs or their mental health made everyday life hard for them?
risk-q-da-their-suicide = Have they ever threatened or tried to take their own life?
risk-q-da-broken-terms = Have they ever broken bail, a court order, or an agreement about seeing you or the children?
risk-q-da-police = Do you know if they have been in trouble with the police, or have a criminal record?

risk-q-st-frightened = Are you very frightened?
risk-q-st-history = Did they abuse or harass you, or anyone else, before this started?
risk-q-st-damage = Have they damaged or destroyed anything of yours?
risk-q-st-turns-up = Do they turn up where you are, uninvited, more than three times a week?
risk-q-st-follows = Have they followed you, or hung around near you?
risk-q-st-threats = Have they threatened to hurt you physically or sexually?
risk-q-st-third-parties = Since this started, have they harassed people close to you (family, children, friends, a partner, colleagues or neighbours)?
risk-q-st-violent-to-others = Have they been violent to anyone else while this has been going on?
risk-q-st-helpers = Have they got other people to help them, whether those people know it or not?
risk-q-st-drink-drugs = Are they known to misuse drink or drugs?
risk-q-st-violent-before = Have they been violent in the past, physically or emotionally?

risk-q-weekly = Is it happening every week, or more often?
risk-q-worse = Has it been happening more often, or getting more frightening, lately?
risk-q-long-running = Has it been going on for more than a few months?
risk-q-threats = Have they threatened you, your children, or someone close to you?
risk-q-threat-to-kill = Have they threatened to kill or seriously hurt you, or to hurt themselves?
risk-q-violence = Have they ever hurt you, or been violent to anyone else?
risk-q-weapon = Do they have a weapon, or have they talked about getting or using one?
risk-q-third-parties = Have they got other people to contact, watch or follow you for them?
risk-q-turns-up = Have they turned up at your home, work, school or places you go?
risk-q-damage = Have they damaged or interfered with your things, car, home or post?
risk-q-tracking = Do they seem to know where you are, or get into your phone or accounts?
risk-q-fear = Are you frightened of what they might do next?
risk-q-changed-life = Have you changed your routine, work or home because of them?
risk-q-order-breach = Have they broken a court order, bail conditions or a police warning?
risk-q-former-partner = Are they a former partner?

## Area headings of the questions

risk-area-you = You, and how you are
risk-area-situation = Your situation
risk-area-what-they-do = What they do
risk-area-others-animals-money = Other people, animals and money
risk-area-about-them = About them
risk-area-how-you-feel = How you feel
risk-area-what-has-happened = What has happened
risk-area-other-people = Other people

## The screenings

risk-instrument-domestic-abuse = Domestic abuse screening
risk-instrument-domestic-abuse-choice = Abuse by a partner, ex-partner or family member ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
risk-instrument-stalking = Stalking screening
risk-instrument-stalking-choice = Stalking or harassment, by anyone ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
risk-instrument-earlier = Risk screening (earlier questions)

## Levels: soft words for the earlier questions, practice's words (standard, medium, high) for DASH and S-DASH

risk-level-not-graded = Not graded
risk-level-fewer-concerns = Fewer concerns
risk-level-some-concerns = Some concerns
risk-level-serious-concerns = Serious concerns
risk-level-standard = Standard
risk-level-medium = Medium
risk-level-high = High

## What is said after a screening. Calm: a prompt to talk to someone, never a verdict.

risk-helpline-stalking = The National Stalking Helpline ({ $phone }, weekdays { $weekdays }, Wednesdays { $wednesdays })
risk-helpline-domestic-abuse = The National Domestic Abuse Helpline ({ $phone }, any time)
risk-in-danger = If you are in danger now, call 999. If you can't speak, call 999 from a mobile and press 55 when asked.
risk-level-high-message = Some of your answers are ones advocates take very seriously. You do not have to deal with this alone. { $helpline } or your IDVA can talk it through with you and help you plan.
risk-level-raised-message = Some of your answers are things an advocate would want to know about. You do not have to deal with this alone. { $helpline } or your IDVA can talk it through with you. If you are in danger now, call 999.
risk-thanks = Thank you. Things can change, so it can help to come back to this now and then.
risk-screening-count-reached = { $yes } of { $total } answers are yes. { $threshold } or more is the count at which advocates refer someone to a MARAC: a meeting where local services plan together to keep people safe.
risk-screening-judgement = The advocate's judgement: { $level }.
risk-screening-serious = Some of your answers are ones advocates take very seriously.
risk-screening-some = Some of your answers are things an advocate would want to know about.
risk-screening-meets-criteria = This meets the criteria for a MARAC referral.
risk-screening-explain-referral = An advocate (IDVA) can explain what a referral means and talk it through with you. { $helpline } can put you in touch with one.
risk-screening-not-alone = You do not have to deal with this alone. { $helpline } or your IDVA can talk it through with you.
risk-referred-on = Referred to a MARAC on { $date }.

## Facts about a screening (what an advocate sees, and the lines under each screening)

risk-facts-earlier = { $level }. { $yes }.
risk-facts = { $level }, { $yes }.
risk-yes-of = { $yes } of { $total } yes
risk-yes-count = { $count ->
        [0] No yes answers
        [one] { $count } yes answer
       *[other] { $count } yes answers
    }
risk-done-alone-your = Done on { $date }, on your own.
risk-done-alone-their = Done on { $date }, on their own.
risk-done-with-your-advocate-named = Done on { $date }, with your advocate, { $advocate }.
risk-done-with-their-advocate-named = Done on { $date }, with their advocate, { $advocate }.
risk-done-with-your-advocate = Done on { $date }, with your advocate.
risk-done-with-their-advocate = Done on { $date }, with their advocate.
risk-count-line-reached = Count for a MARAC referral ({ $threshold } or more yes): reached.
risk-count-line-not-reached = Count for a MARAC referral ({ $threshold } or more yes): not reached.
risk-judgement-line = Advocate's judgement: { $level }. Reason: { $reason }
risk-judgement-line-referring = Advocate's judgement: { $level }, referring to a MARAC. Reason: { $reason }
risk-escalation-line = Three or more incidents in the past 12 months (escalation).
risk-marac-criteria-met = MARAC criteria met: { $criteria }.
risk-marac-reason-count = the count
risk-marac-reason-judgement = professional judgement
risk-marac-reason-escalation = escalation
risk-next-review-line = Next review: { $date }.

## Problems with the advocate's part

risk-problem-done-on-missing = Please give the day the screening was done.
risk-problem-done-on-future = The day it was done is in the future. Please check the date.
risk-problem-reason-missing = Please give the reason for the judgement: it goes with the screening.
risk-problem-judgement-missing = Choose standard, medium or high for the judgement before referring on it.
risk-problem-marac-before-screening = The MARAC referral date is before the screening. Please check it.
risk-problem-marac-future = The MARAC referral date is in the future. Record it once the referral is made.
risk-problem-review-too-early = The next review should be after the day of the screening.
risk-problem-date-incomplete = This date is not complete. Please type the day, month and year, or leave it empty.
risk-problem-choose-questions = Choose which questions you are answering first.

## What changed since the screening before

risk-change-since = Since { $date }
risk-change-since-time = Since { $date } at { $time }
risk-change-same-your = { $since }: your answers are the same.
risk-change-same-their = { $since }: their answers are the same.
risk-change = { $since }: { $changes }.
risk-change-level = the overall picture has moved from { $from } to { $to }
risk-change-now-yes = { $count ->
        [one] { $count } answer has
       *[other] { $count } answers have
    } changed to yes
risk-change-no-longer-yes = { $count ->
        [one] { $count } answer is
       *[other] { $count } answers are
    } no longer yes
risk-change-other = some answers changed, though none to or from yes
# Joining the parts of a sentence: "a, b and c".
risk-join-and = { $first } and { $last }
risk-join-comma = { $first }, { $next }

## Patterns from the incident log

risk-pattern-one-on = 1 incident so far, on { $date }.
risk-pattern-one = 1 incident so far.
risk-pattern-summary-first = { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    } over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, the first on { $date }.
risk-pattern-summary = { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    } over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }.
risk-trend-too-few = There are not enough entries yet to say whether things are changing.
risk-trend-rising = In the last four weeks there { $recent ->
        [one] was { $recent } incident
       *[other] were { $recent } incidents
    }, up from { $before } in the four weeks before. Things happening more often is something advocates take seriously. It may help to look over your safety plan or talk to your advocate.
risk-trend-falling = In the last four weeks there { $recent ->
        [one] was { $recent } incident
       *[other] were { $recent } incidents
    }, fewer than the { $before } in the four weeks before. Things can change, so it still helps to write things down when they happen.
risk-trend-steady = In the last four weeks there { $recent ->
        [one] was { $recent } incident
       *[other] were { $recent } incidents
    }, about the same as the four weeks before ({ $before }).

## The risk picture screen

risk-title = Risk picture
risk-lead = This helps you and your advocate see how things are changing. It is not a test, and there are no wrong answers.
risk-lead-case = How things are changing for this person: the patterns in this case's log, and screenings over time.
risk-shared-list-label = Risk screenings the person shares, newest first
risk-get-help = Get help
risk-open-plan = Open my safety plan
risk-patterns-title = Patterns
risk-patterns-empty = When you add entries to your incident log, how often things happen will show here.
risk-patterns-error = The patterns could not be worked out just now.
risk-chart-per-week = Incidents per week
risk-chart-last-weeks = The chart shows the last { $count } weeks.
risk-chart-by-type = By type

## The screening form

risk-screening-title = Risk screening
risk-screening-intro = Questions advocates ask about what has been happening, in two sets: one for abuse by a partner, ex-partner or family member, one for stalking or harassment. Answer as many or as few as you like. Your answers are kept with their date, so you can see how things change. They stay on this computer unless you choose to share them.
risk-screening-intro-case = Screenings you do with this person are kept in this case with their date, next to the ones they share with you. Nothing here is sent to them.
risk-latest-saved = { $name }: saved on { $date }
risk-latest-last-time = Last time: { $name }, { $date }
risk-answer-again = Answer the questions again
risk-questions-error = The questions could not be loaded just now.
risk-form-label = Risk screening questions
risk-which-questions = Which questions?
risk-stalking-followup = You answered yes to this: the stalking questions ask more about it. You can answer them after saving these.
risk-clear-answer = Clear answer
risk-clear-answer-to = Clear answer to: { $question }
risk-count-choose = Choose which questions to see them.
risk-count = Yes so far: { $yes } of { $total }. Answered: { $answered }.
risk-done-on-label = The day it was done
risk-who-answered = Who answered?
risk-by-alone = I did, on my own
risk-by-advocate = I did, with my advocate, in a session
risk-by-alone-case = The person, on their own
risk-by-advocate-case = The person, with me, in a session
risk-note-label = Anything you want to add (optional)
risk-save = Save answers
risk-save-error = Your answers could not be saved. Nothing has been lost; please try again.
# The draft's name in the list of unsaved drafts.
risk-draft-label = A risk screening
# Ends the sentence "You were writing this before. It isn't saved yet: …". Names the button above.
risk-draft-save-hint = press Save answers to keep them

## The advocate's part (in the form, and added later under a screening)

risk-advocate-part = The advocate's part
risk-advocate-name-label = Advocate's name or role, as it should be shown (optional)
risk-judgement-legend = The advocate's professional judgement
risk-professional-judgement = Professional judgement
risk-judgement-none = None given
risk-refer-label = Refer to a MARAC on this judgement, whatever the count
risk-reason-label = Reason for the judgement (needed when one is given)
risk-escalation-label = Three or more incidents in the past 12 months (escalation)
risk-marac-on-label = MARAC referral made on (optional)
risk-marac-on-hint = Leave empty if no referral has been made yet.
risk-review-on-label = Next review (optional)
risk-review-on-hint = Shown on the caseload, and marked when it is due.
risk-add-advocate-part = Add the advocate's part
risk-sign-off-hint = Added with today's date. The answers stay exactly as they were given.
risk-save-advocate-part = Save the advocate's part
risk-cancel = Cancel
risk-sign-off-save-error = It could not be saved. Nothing was lost; please try again.

## Past screenings

risk-history-title = Your answers over time
risk-history-title-case = Screenings in this case over time
# Before the person's note; a space follows it.
risk-entry-note-yours = Your note:
risk-entry-note-theirs = Their note:
risk-entry-note = Note:
# After the date in a screening's heading.
risk-entry-at = at { $time }
risk-entry-signed-off-on = The advocate's part was added on { $date }.
risk-entry-now-yes = Now yes:
risk-entry-see-answers = See these answers
risk-entry-not-answered = Not answered
