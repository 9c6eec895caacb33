## The safety plan's sections: their names, and the guidance shown for each stage
## (Staying, Preparing to leave, After leaving; one for all stages where it does not change).

plan-section-emergency = W nagłym wypadku
plan-section-safe-places = Bezpieczne miejsca
plan-section-code-words = Słowa kodowe
plan-section-escape-bag = Torba na wypadek ucieczki
plan-section-documents = Ważne dokumenty
plan-section-home = W domu
plan-section-work-school = Praca i szkoła
plan-section-travel = Przemieszczanie się
plan-section-children = Dzieci
plan-section-pets = Zwierzęta domowe
plan-section-online-safety = Telefony, komputery i konta
plan-section-legal = Ochrona prawna
plan-section-support = Usługi wsparcia

plan-guidance-emergency-staying = W razie zagrożenia proszę dzwonić pod 999. Jeśli nie można mówić, można zadzwonić pod 999 z telefonu komórkowego, posłuchać, a gdy operator poprosi, nacisnąć 55. To jest Silent Solution (Ciche Rozwiązanie): dzięki temu operator wie, że to prawdziwe zgłoszenie. Warto już teraz zastanowić się, który pokój jest najbezpieczniejszy (blisko wyjścia, z dala od kuchni i od wszystkiego, co mogłoby posłużyć do zrobienia krzywdy).
plan-guidance-emergency-preparing-to-leave = Na każdym etapie warto pamiętać o numerze 999. Jeśli nie można mówić, można zadzwonić pod 999 z telefonu komórkowego i nacisnąć 55, gdy operator poprosi: to jest Silent Solution (Ciche Rozwiązanie). Warto zastanowić się, kiedy odejście byłoby najbezpieczniejsze i do kogo można by wtedy zadzwonić.
plan-guidance-emergency-after-leaving = Nadal można w każdej chwili zadzwonić pod 999, gdy pojawia się poczucie zagrożenia. Jeśli nie można mówić, można zadzwonić pod 999 z telefonu komórkowego i nacisnąć 55, gdy operator poprosi: to jest Silent Solution (Ciche Rozwiązanie). Można też poprosić policję o oznaczenie nowego adresu, aby zgłoszenia z niego były traktowane jako pilne.
plan-guidance-safe-places-staying = Warto zapisać miejsca, do których można szybko pójść: do sąsiadów, do przyjaciół, do sklepu albo biblioteki, które są otwarte do późna. Warto też zapisać, jak się tam dostać.
plan-guidance-safe-places-preparing-to-leave = Warto spisać, gdzie można się zatrzymać w dniu odejścia i przez pierwsze noce, a także jak przez telefon zaufania znaleźć miejsce w schronieniu dla osób doznających przemocy (refuge), jeśli będzie potrzebne.
plan-guidance-safe-places-after-leaving = Warto pomyśleć o miejscach blisko nowych codziennych tras, do których można pójść, gdy pojawi się wrażenie, że ktoś śledzi: ruchliwe sklepy, komisariat policji, dom przyjaciół.
plan-guidance-code-words-any = Słowo kodowe lub znak uzgodnione z zaufanymi osobami mogą im przekazać, że potrzebna jest pomoc, tak by nikt inny się nie zorientował. Warto zapisać, co oznaczają i co te osoby powinny wtedy zrobić.
plan-guidance-escape-bag-staying = Niektóre osoby trzymają małą torbę w ukryciu albo u zaufanej osoby: zapasowe klucze, pieniądze, leki, ładowarkę i kopie dokumentów. Warto to robić tylko wtedy, gdy jest to bezpieczne.
plan-guidance-escape-bag-preparing-to-leave = Warto spisać, co zabrać: dokumenty, leki, karty bankowe, telefon i ładowarkę, rzeczy ważne dla siebie i dla dzieci. Torbę można pakować stopniowo.
plan-guidance-escape-bag-after-leaving = Warto zapisać wszystko, co zostało na miejscu, a może być potrzebne; czasami policja może towarzyszyć przy odbieraniu rzeczy.
plan-guidance-documents-any = Paszporty, akty urodzenia, prawo jazdy, dane bankowe, umowa najmu lub dokumenty kredytu hipotecznego, pisma w sprawie świadczeń, nakazy sądowe. Zdjęcia lub kopie przechowywane w bezpiecznym miejscu mogą pomóc, jeśli nie będzie dostępu do oryginałów.
plan-guidance-home-staying = Warto zastanowić się, z których pokoi jest wyjście i gdzie jest zasięg telefonu, a których pokoi lepiej unikać, gdy atmosfera robi się napięta.
plan-guidance-home-preparing-to-leave = Warto zapisać wszystko, co w domu ma znaczenie dla bezpiecznego odejścia: pory, gdy zwykle nikogo innego nie ma w domu, kto ma klucze, gdzie są przechowywane ważne rzeczy.
plan-guidance-home-after-leaving = Można rozważyć wymianę zamków, założenie łańcuchów do drzwi, oświetlenia lub dzwonka z kamerą, a także zapytać lokalne organizacje wsparcia o bezpłatną kontrolę zabezpieczeń domu.
plan-guidance-work-school-any = Zaufana osoba w pracy lub w szkole może pomóc: sprawdzać połączenia, odprowadzać do samochodu lub autobusu, nie ujawniać adresu i wiedzieć, co robić, jeśli pojawi się tam druga osoba.
plan-guidance-travel-any = Zmiana tras i godzin, podróżowanie z innymi osobami i informowanie kogoś, o której można się spodziewać przybycia, mogą utrudnić śledzenie.
plan-guidance-children-any = Warto zapisać, kto może odbierać dzieci ze szkoły lub przedszkola, a komu nie wolno tego robić. Dzieci mogą nauczyć się prostego sposobu, jak zadzwonić pod 999, i poznać bezpieczne miejsce, do którego mogą pójść.
plan-guidance-pets-any = Niektóre organizacje mogą zapewnić zwierzętom tymczasową opiekę na czas pobytu w schronieniu dla osób doznających przemocy (refuge). Warto zapisać dane weterynarza i wszystko, co trzeba by dla nich zabrać.
plan-guidance-online-safety-any = Telefony, samochody, konta i wspólne urządzenia mogą zdradzić miejsce pobytu. Zmiana ustawień może zaalarmować drugą osobę, więc bezpieczniej może być wprowadzać zmiany na urządzeniu, do którego ta osoba nigdy nie miała dostępu, albo najpierw zasięgnąć porady w organizacji wsparcia.
plan-guidance-legal-any = Policja może wystąpić o nakaz ochrony przed stalkingiem (Stalking Protection Order); do sądu można złożyć wniosek o zakaz nękania (non-molestation order), a pomóc w tym może prawnik lub organizacja wsparcia. Naruszenie nakazu jest przestępstwem: warto zapisywać każde naruszenie w dzienniku zdarzeń i je zgłaszać.
plan-guidance-support-any = Warto zapisać organizacje i osoby, które pomagają, oraz jak i kiedy można się z nimi skontaktować. W katalogu pomocy w tej aplikacji są numery, z których można skorzystać.
