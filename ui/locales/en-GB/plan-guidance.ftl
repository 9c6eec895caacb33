## The safety plan's sections: their names, and the guidance shown for each stage
## (Staying, Preparing to leave, After leaving; one for all stages where it does not change).

plan-section-emergency = In an emergency
plan-section-safe-places = Safe places
plan-section-code-words = Code words
plan-section-escape-bag = Escape bag
plan-section-documents = Important documents
plan-section-home = At home
plan-section-work-school = Work and school
plan-section-travel = Getting around
plan-section-children = Children
plan-section-pets = Pets
plan-section-online-safety = Phones, computers and accounts
plan-section-legal = Legal protection
plan-section-support = Support services

plan-guidance-emergency-staying = If you are in danger, call 999. If you cannot speak, call 999 from a mobile, listen, then press 55 when asked (the Silent Solution) so the operator knows it is a real call. It may help to decide now which room is safest (near a way out, away from kitchens and anything that could be used to hurt you).
plan-guidance-emergency-preparing-to-leave = Keep 999 in mind at every step. If you cannot speak, call 999 from a mobile and press 55 when asked (the Silent Solution). Think about when leaving would be safest and who you could call at that moment.
plan-guidance-emergency-after-leaving = You can still call 999 at any time you feel in danger. If you cannot speak, call 999 from a mobile and press 55 when asked (the Silent Solution). You may want to ask the police to flag your new address so calls from it are treated urgently.
plan-guidance-safe-places-staying = Note places you could go at short notice: a neighbour, a friend, a shop or a library that stays open late. Write down how you would get there.
plan-guidance-safe-places-preparing-to-leave = List where you could stay on the day you leave and for the first few nights, and how to reach a refuge through a helpline if you need one.
plan-guidance-safe-places-after-leaving = Think about places near your new routine where you could go if you feel followed: busy shops, a police station, a friend's home.
plan-guidance-code-words-any = A code word or sign agreed with people you trust can tell them you need help without anyone else knowing. Write down what it means and what they should do.
plan-guidance-escape-bag-staying = Some people keep a small bag hidden or with someone they trust: spare keys, money, medicines, a charger and copies of documents. Only do this if it is safe for you.
plan-guidance-escape-bag-preparing-to-leave = List what you want to take: documents, medicines, bank cards, phone and charger, things that matter to you and to your children. You can add to the bag slowly.
plan-guidance-escape-bag-after-leaving = Note anything you left behind that you may need; the police can sometimes go with you to collect belongings.
plan-guidance-documents-any = Passports, birth certificates, driving licence, bank details, tenancy or mortgage papers, benefit letters, court orders. Photos or copies kept somewhere safe can help if the originals cannot be reached.
plan-guidance-home-staying = Think about which rooms have a way out and a phone signal, and which to avoid when things feel tense.
plan-guidance-home-preparing-to-leave = Note anything about the home that matters for leaving safely: times when you are usually alone, who has keys, where important things are kept.
plan-guidance-home-after-leaving = You may want to change locks, add door chains, lights or a video doorbell, and ask about a free home security check through local support services.
plan-guidance-work-school-any = Someone at work or school you trust can help: checking calls, walking you to your car or bus, keeping your address private, and knowing what to do if the person turns up.
plan-guidance-travel-any = Changing routes and times, travelling with others and letting someone know when to expect you can make it harder to be followed.
plan-guidance-children-any = Note who may collect your children from school or nursery, and who must not. Children can learn a simple way to call 999 and a safe place to go.
plan-guidance-pets-any = Some services can foster pets while you are in a refuge. Note vet details and anything you would need to take for them.
plan-guidance-online-safety-any = Phones, cars, accounts and shared devices can reveal where you are. Changing settings can alert the other person, so it may be safer to make changes from a device they have never had access to, or with advice from a support service first.
plan-guidance-legal-any = The police can apply for a Stalking Protection Order; you can apply to a court for a non-molestation order, and a solicitor or support service can help. Breaking an order is a crime: record every breach in the incident log and report it.
plan-guidance-support-any = Write down the services and people who help you, how to reach them and when. The support directory in this app has numbers you can use.
