<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Obecność (spełnione wszystkie wymagane kryteria)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Wynik punktowy (suma co najmniej równa progowi zaliczenia)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Rubryka (każde wymagane kryterium na wymaganym poziomie)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>„{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Sposób zdobycia osiągnięcia (Markdown: **pogrubienie**, *kursywa*, - listy)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>dla osiągnięć opartych na punktach</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>oddzielone przecinkami, np. pierwsza pomoc, BHP</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>np. PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>np. pl, en-GB</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>np. 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Bezterminowo</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nazwa *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Sposób zdobycia</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Kryteria (opis)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Reguła zaliczenia</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Próg zaliczenia</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Powiązania (ramy i standardy, którym odpowiada)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Punkty kredytowe</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Oznaczenie wersji</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Szablon certyfikatu</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> miesiąc</numerusform>
            <numerusform> miesiące</numerusform>
            <numerusform> miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Próg zaliczenia: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>Punkty kredytowe: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Świadectwo ukończenia nauki zawodu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Dyplom studiów krótkiego cyklu</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Wyróżnienie</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Odznaka</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Dyplom licencjacki</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Zaświadczenie o ukończeniu</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certyfikacja</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Praca na rzecz społeczności</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Zajęcia pozaprogramowe</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Dyplom ukończenia studiów</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Dyplom</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Doktorat</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Zajęcia terenowe</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Świadectwo równoważne (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Świadectwo czeladnicze</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Program kształcenia</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Uprawnienia zawodowe</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Członkostwo</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Doktorat zawodowy</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Poświadczenie zapewnienia jakości</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Dyplom mistrzowski</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Dyplom magisterski</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Mikropoświadczenie</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Doktorat naukowy</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Świadectwo ukończenia szkoły średniej</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (ścieżka) (w archiwum)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (ścieżka)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (w archiwum)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Nowe osiągnięcie</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Osiągnięcia</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Wystawione</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Brak osiągnięć. Kliknij „Nowe osiągnięcie”, aby określić, co będzie poświadczane.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiwizuj…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Ukryj osiągnięcie, które nie jest już przyznawane: jego grupy i poświadczenia pozostają i weryfikują się jak dotąd</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>Nowe osiągnięcie</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Przywróć z archiwum</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}: %n wystawione</numerusform>
            <numerusform>v{number}: %n wystawione</numerusform>
            <numerusform>v{number}: %n wystawionych</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>Poświadczenia wystawione w poszczególnych wersjach — {versions}. Zapisanie zmian tworzy nową wersję; wystawione poświadczenia zachowują dotychczasową.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Poświadczenia wystawione w poszczególnych wersjach — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Archiwizuj osiągnięcie</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>Zarchiwizowano osiągnięcie {name}.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Cofnięto archiwizację osiągnięcia {name}.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>Przywrócono {name} z archiwum.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n poświadczenie</numerusform>
            <numerusform>%n poświadczenia</numerusform>
            <numerusform>%n poświadczeń</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} i {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>Zarchiwizować osiągnięcie {name}? Zniknie z listy osiągnięć i nie będzie można go wybrać dla nowych grup. Można je przywrócić, zaznaczając „Pokaż zarchiwizowane”.</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>Zarchiwizować osiągnięcie {name}? Zniknie z listy osiągnięć i nie będzie można go wybrać dla nowych grup. Bez zmian pozostają i nadal się weryfikują: {kept}. Osiągnięcie można przywrócić, zaznaczając „Pokaż zarchiwizowane”.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>Zapisanie utworzy nową wersję tego osiągnięcia. Rekomendacja od {endorsers} dotyczy wersji w obecnym kształcie, więc poświadczenia wystawione od teraz nie będą jej zawierać. Poproś rekomendującego o zarekomendowanie nowej wersji.

Zapisać mimo to?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Zapisz osiągnięcie</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres WWW</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramy odniesienia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Dodaj powiązanie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Nie można utworzyć demonstracyjnego obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Wynik punktowy {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik punktowy</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Poziom: {levels} (wymagany: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Poziom: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Wpisz tak / zaliczone / obecny albo nie / niezaliczone / nieobecny</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Nie należy do grupy.</translation>
    </message>
    <message>
        <source>{learner}: {reason}</source>
        <translation>{learner}: {reason}</translation>
    </message>
    <message>
        <source>{learner}, {column}: {reason}</source>
        <translation>{learner}, {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation>
            <numerusform>{learner}: nie zapisano „{text}” — {reason} (niezapisane wartości na czerwono: %n)</numerusform>
            <numerusform>{learner}: nie zapisano „{text}” — {reason} (niezapisane wartości na czerwono: %n)</numerusform>
            <numerusform>{learner}: nie zapisano „{text}” — {reason} (niezapisane wartości na czerwono: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: nie zapisano „{text}” — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>dowód — {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} — {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ spełnia wymagania</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Spełnia wymagania do otrzymania poświadczenia.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (opcjonalne)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Wymagania</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Opis dowodu</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Link do dowodu</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Utwórz teraz kopię zapasową klucza podpisu</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Jeśli ten komputer zaginie, tylko kopia zapasowa klucza pozwoli nadal wystawiać poświadczenia weryfikowane jako Twoje.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>Plik kopii zapasowej jest zaszyfrowany hasłem klucza. Należy go przechowywać poza tym komputerem: na pendrivie w szufladzie lub w bezpiecznym magazynie organizacji. Każdy, kto ma ten plik i hasło, może podpisywać w Twoim imieniu.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Utwórz kopię zapasową klucza…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Zapisz kopię zapasową klucza</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-kopia-klucza.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Kopia zapasowa klucza (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Zapisano w {file}. Przechowuj ją w bezpiecznym miejscu, poza tym komputerem.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Zmiana hasła klucza</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Wszystkie klucze (bieżący i wycofane) zostaną ponownie zaszyfrowane. Wcześniej utworzone kopie zapasowe kluczy zachowują stare hasło.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>Nowe hasła nie są zgodne: wpisz dwa razy to samo hasło.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>Gdzie będziesz pracować?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith przechowuje dane na tym komputerze albo na serwerze bazy danych, z którego korzysta kilka osób.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Tylko ten komputer</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Wspólna baza danych placówki</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Dla trenera lub małego zespołu przy jednym komputerze: wszystko jest przechowywane w jednym folderze, a w następnym kroku określasz, kto przyznaje poświadczenia.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Dla kilku prowadzących, każdy na własnym komputerze, z jednym rejestrem: logujesz się do serwera bazy danych swojej placówki. Pierwsza osoba, która połączy się z nową bazą danych, konfiguruje ją.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>np. Pierwsza pomoc — maj 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nazwa *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Osiągnięcie *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Najpierw zdefiniuj osiągnięcie (strona Osiągnięcia): każda grupa dąży do jednego osiągnięcia.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Wybierz osiągnięcie, do którego dąży ta grupa.</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nowa grupa…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Dodaj uczestników…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importuj wyniki…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Wczytaj wyniki tej grupy z pliku CSV lub Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Eksportuj wyniki…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Zapisz wyniki tej grupy w pliku CSV (bezpiecznym do otwarcia w arkuszu kalkulacyjnym)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Usuń grupę…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Usuń grupę, w której nie wystawiono żadnego poświadczenia (można cofnąć do zamknięcia Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Wypisz z grupy…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Wypisz zaznaczonego uczestnika z tej grupy wraz z jego wynikami w niej (można cofnąć do zamknięcia Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Wystawione</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Brak grup. Grupa to jedna edycja kursu lub wydarzenia: utwórz grupę, a następnie dodaj do niej uczestników i wpisz ich wyniki.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Tabela ocen: uczestnicy według kryteriów</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Wpisz wartość i naciśnij Tab (następne kryterium) lub Enter (następny uczestnik); każda komórka zapisuje się na bieżąco. Nagłówek kolumny po wskazaniu myszą pokazuje, jakie wartości przyjmuje. Ctrl+Z cofa, Ctrl+Shift+Z ponawia.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocenianie</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Usuń tę grupę (można cofnąć do zamknięcia Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>W tej grupie wystawiono poświadczenia, które muszą pozostać z nią powiązane: nie można jej usunąć. Aby przestać oferować to osiągnięcie, zarchiwizuj je.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Osiągnięcie: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Prowadzący: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>Co zrobił uczestnik, np. Spokojnie i metodycznie w scenariuszu RKO</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… link do zdjęcia, filmu lub dokumentu (opcjonalnie)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Dowód — {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>Spełnia wymagania: %n z {total}</numerusform>
            <numerusform>Spełnia wymagania: %n z {total}</numerusform>
            <numerusform>Spełnia wymagania: %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>W grupie nie ma jeszcze uczestników: użyj „Dodaj uczestników…”.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Zapisano</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} wyniki.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksport wyników</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Wyniki grupy {cohort} zapisano w {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Usunąć grupę {cohort} wraz z zapisem %n uczestnika i jego wynikami? Sam uczestnik pozostaje na liście. Można to cofnąć do zamknięcia Badgesmith.</numerusform>
            <numerusform>Usunąć grupę {cohort} wraz z zapisami %n uczestników i ich wynikami? Sami uczestnicy pozostają na liście. Można to cofnąć do zamknięcia Badgesmith.</numerusform>
            <numerusform>Usunąć grupę {cohort} wraz z zapisami %n uczestników i ich wynikami? Sami uczestnicy pozostają na liście. Można to cofnąć do zamknięcia Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Usuń grupę</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Usunięto grupę {cohort}.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Cofnięto usunięcie grupy {cohort}.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Najpierw zaznacz uczestnika w tabeli.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Wypisz z grupy</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>Wypisać uczestnika {learner} z grupy {cohort} wraz z wynikami i dowodami z tej grupy? Pozostanie na liście uczestników. Można to cofnąć do zamknięcia Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>Wypisano uczestnika {learner} z grupy {cohort}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Cofnięto wypisanie uczestnika {learner} z grupy {cohort}.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Wybierz kolor</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Nikt jeszcze nie skonfigurował wspólnej bazy danych {where}, a do tego potrzebna jest rola administratora. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Połączenie ze wspólną bazą danych</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Kilka osób pracuje na jednym rejestrze: każda loguje się na własne konto, a jej rola określa, co może robić.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>np. db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>np. badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>Twoja nazwa użytkownika, np. anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Folder na pliki</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>Te dane przekazuje administrator. Badgesmith nigdy nie zapisuje hasła: pyta o nie przy ponownym otwarciu obszaru roboczego.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Pliki na tym komputerze</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>Dane (uczestnicy, wyniki, poświadczenia) są przechowywane w bazie danych; certyfikaty i wersje robocze e-maili trafiają do tego folderu.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Folder na pliki wspólnego obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Wpisz, aby znaleźć kraj</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Zastąpione</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — wymaga przeglądu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID poświadczenia</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Szukaj poświadczeń</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Szukaj według imienia i nazwiska, e-maila lub ID poświadczenia…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Wygasające w ciągu %n dnia</numerusform>
            <numerusform>Wygasające w ciągu %n dni</numerusform>
            <numerusform>Wygasające w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Wymaga przeglądu</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Wystawione między</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Wystawione poświadczenia</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>Brak pliku certyfikatu dla tego poświadczenia.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>Certyfikat w postaci, w jakiej go wystawiono. Odblokuj klucz podpisu, aby zobaczyć, jak zapisałby go teraz ponowny eksport.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>Poświadczenie w podpisanej postaci (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>Poświadczenie (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Unieważnij…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Zachowaj po przeglądzie</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>To oznaczone poświadczenie zostało sprawdzone i pozostaje bez zmian: oznaczenie znika, a dziennik audytu zapisuje tę decyzję</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>Eksportuj ponownie…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>Drukuj zaznaczone certyfikaty (Ctrl+kliknięcie zaznacza kilka); unieważnione nigdy nie są drukowane</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Opublikuj stronę…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Zapisz stronę weryfikacji, listy statusów i profil wystawcy w folderze publikacji (Ustawienia ▸ Publikowanie), aby po unieważnieniu wysłać je na serwer.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Poświadczenia</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Wszystkie osiągnięcia</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Nie wystawiono jeszcze poświadczeń: można je wystawić na stronie Wystawianie.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>Widoczne: {shown} z {total} wystawionych</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Zaznacz poświadczenie, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} dnia {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Status: {status} · przyznano {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>Wymaga przeglądu: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>Dane osobowe uczestnika zostały usunięte: certyfikat nie jest przechowywany. Poświadczenie nadal można zweryfikować i unieważnić.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Wczytywanie certyfikatu…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>Dla tego poświadczenia nie jest przechowywany plik certyfikatu.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>Pliku certyfikatu nie ma tam, gdzie został zapisany; użyj opcji Eksportuj ponownie, aby utworzyć nową kopię.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>Zachować bez zmian poświadczenie „{achievement}” uczestnika {learner}? Pozostanie ważne, oznaczenie do przeglądu zniknie, a dziennik audytu zapisze tę decyzję. (Aby je wycofać, użyj opcji Unieważnij….)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>Przywrócić poświadczenie uczestnika {learner} ({achievement})? Powód unieważnienia: {reason}. Po przywróceniu znów będzie weryfikowane jako ważne.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nie podano powodu</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Przywróć poświadczenie</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Przywrócenie wymaga hasła klucza podpisu.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>Eksportuj ponownie do folderu</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Zapisano: {first} i {second} w {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>Ponowny eksport podpisuje kluczem nowe dane kodu QR.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Wyślij zmienione pliki na swoją stronę internetową.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Wynik punktowy</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Poziom rubryki</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Zaliczenie / obecność</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kryteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Wymagany poziom</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Dodaj kryterium</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Poziomy rubryki zaznaczonego kryterium (od najniższego)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Dodaj poziom</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Usuń poziom</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Poziom {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Kryterium „{name}”: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>Link weryfikacyjny każdego uczestnika jest podpisywany kluczem podpisu.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Wyślij każdemu uczestnikowi e-mailem jego certyfikat (PDF), poświadczenie (JSON) i odznakę (PNG) z własnego konta pocztowego albo zapisz wiadomości jako wersje robocze do wysłania z programu pocztowego. Nikt nie dostanie tego samego poświadczenia dwa razy; unieważnione poświadczenia nigdy nie są wysyłane.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Konto pocztowe…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Wiadomość…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Skrzynka nadawcza: kto co otrzymał</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>Kopiuj link LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Otwórz folder pakietu</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Zapisz jako wersje robocze…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n wystawione)</numerusform>
            <numerusform>{cohort}  (%n wystawione)</numerusform>
            <numerusform>{cohort}  (%n wystawionych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>Wysyłanie jako {address} przez {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Brak konta pocztowego: skonfiguruj je przyciskiem „Konto pocztowe…” albo zapisz wersje robocze.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n aktywne poświadczenie</numerusform>
            <numerusform>%n aktywne poświadczenia</numerusform>
            <numerusform>%n aktywnych poświadczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n do wysłania</numerusform>
            <numerusform>%n do wysłania</numerusform>
            <numerusform>%n do wysłania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n nieudane (zostanie wysłane ponownie z pozostałymi)</numerusform>
            <numerusform>%n nieudane (zostaną wysłane ponownie z pozostałymi)</numerusform>
            <numerusform>%n nieudanych (zostaną wysłane ponownie z pozostałymi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n bez adresu e-mail</numerusform>
            <numerusform>%n bez adresu e-mail</numerusform>
            <numerusform>%n bez adresu e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>W tej grupie nie ma jeszcze aktywnych poświadczeń: najpierw je wystaw.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Wyślij do %n uczestnika</numerusform>
            <numerusform>Wyślij do %n uczestników</numerusform>
            <numerusform>Wyślij do %n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nic nie wysłano</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Wysyłanie zakończone</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Wysyłanie przerwane</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Wysyłanie nie powiodło się</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Wysyłanie do grupy {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Zapisz pakiety i wersje robocze w</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Wersje robocze</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>Do %n z {total} uczestników już wysłano e-mail. Utworzyć wersje robocze także dla tych osób? (Wysłanie wersji roboczej dałoby im drugą kopię.)</numerusform>
            <numerusform>Do %n z {total} uczestników już wysłano e-mail. Utworzyć wersje robocze także dla tych osób? (Wysłanie wersji roboczej dałoby im drugą kopię.)</numerusform>
            <numerusform>Do %n z {total} uczestników już wysłano e-mail. Utworzyć wersje robocze także dla tych osób? (Wysłanie wersji roboczej dałoby im drugą kopię.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Aby wysłać wiadomość, otwórz plik .eml w programie pocztowym.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Zapisano wersje robocze</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Zapisywanie pakietów i wersji roboczych…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>Skopiowano link LinkedIn uczestnika {learner}:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>Link LinkedIn</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>Wybierz plik do weryfikacji</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Upuść tutaj certyfikat lub wykaz osiągnięć w PDF, poświadczenie lub rejestr osiągnięć (.json) albo zdjęcie kodu QR — lub kliknij, aby wybrać plik</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Rekomendacja osiągnięcia</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Inny organizator szkoleń przesłał prośbę o rekomendację jednego ze swoich osiągnięć. Rekomendacja zostanie podpisana kluczem podpisu tego obszaru roboczego, w imieniu jego wystawcy; organizator doda ją do osiągnięcia, a wystawiane przez niego poświadczenia będą ją zawierać.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Wybierz prośbę…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Nie wybrano jeszcze prośby.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>Co chcesz o nim powiedzieć, np. dlaczego Twoi członkowie je cenią (opcjonalnie)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Podpisz i zapisz…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Wybierz prośbę o rekomendację</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, przyznawane przez: {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>Komentarz ma %n znak; limit wynosi {limit}.</numerusform>
            <numerusform>Komentarz ma %n znaki; limit wynosi {limit}.</numerusform>
            <numerusform>Komentarz ma %n znaków; limit wynosi {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>Podpisanie rekomendacji wymaga hasła klucza podpisu.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - rekomendacja.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Zapisz podpisaną rekomendację</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>Zapisano rekomendację osiągnięcia {achievement} w {file}. Wyślij ją organizatorowi ({provider}) razem z wizytówką wystawcy (Ustawienia ▸ Klucze podpisu ▸ Eksportuj wizytówkę wystawcy…), jeśli jeszcze jej nie ma.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Dla wersji {number} (wcześniejszej)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Rekomendujący</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Rekomendacje</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Eksportuj prośbę o rekomendację…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Plik z tą wersją osiągnięcia do podpisania przez pracodawcę lub organizację zawodową w ich Badgesmith</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Dodaj rekomendację…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Najpierw zapisz osiągnięcie: rekomendacja dotyczy go w zapisanej postaci.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Brak rekomendacji. Wyeksportuj prośbę i wyślij ją pracodawcy lub organizacji zawodowej, a potem dodaj rekomendację, którą podpiszą i odeślą. Poświadczenia wystawione później będą ją zawierać.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Każda rekomendacja dotyczy jednej wersji: po zmianie, która tworzy nową wersję, trzeba poprosić o nową rekomendację. Wystawione już poświadczenia zachowują swoją.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - prośba o rekomendację.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Eksportuj prośbę o rekomendację</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>Zapisano {file}. Wyślij ten plik pracodawcy lub organizacji zawodowej: podpiszą go w swoim Badgesmith (Plik ▸ Zarekomenduj osiągnięcie…) i odeślą rekomendację, którą należy dodać tutaj.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Dodaj rekomendację</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>Dodano rekomendację wystawioną przez {endorser}. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>Usunąć rekomendację wystawioną przez {endorser}? Poświadczenia wystawiane od teraz nie będą jej zawierać; już wystawione ją zachowają.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Usuń rekomendację</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Dodaj uczestników do grupy {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Zaznacz uczestników (Ctrl+kliknięcie lub Shift+kliknięcie zaznacza kilku, Ctrl+A wszystkich widocznych):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Dodaj zaznaczonych</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Zaznacz co najmniej jednego uczestnika.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Usuń dane osobowe</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Rozumiem, że danych uczestnika {name} nie będzie można przywrócić</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dane osobowe usunięte</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Brak uprawnień: {file}. Wybierz folder z prawem zapisu.</translation>
    </message>
    <message>
        <source>{reason} ({file}).</source>
        <translation>{reason} ({file}).</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>An internal error stopped this ({error}); nothing was half-written. The details are in the log in {folder}; please report it.</source>
        <translation>Błąd wewnętrzny przerwał tę operację ({error}); nic nie zostało zapisane częściowo. Szczegóły są w dzienniku w folderze {folder}; prosimy o zgłoszenie problemu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what}: są niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what}: są zmiany, których nie można zapisać: {reason} Odrzucić je?</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Stacjonarnie</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Hybrydowo (online i stacjonarnie)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Bez nadzoru</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Pod nadzorem, bez weryfikacji tożsamości</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Pod nadzorem, z weryfikacją tożsamości</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Samodzielne</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Możliwe do łączenia</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>Mikropoświadczenie UE</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Jeden w wierszu: co uczestnik potrafi po ukończeniu</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Szacunkowy nakład pracy (godziny)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Europejska Rama Kwalifikacji (ERK)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Poziom: rama kwalifikacji</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>ERK lub rama krajowa (np. PRK)</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Poziom w ramie</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>np. 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>Poziom nie dotyczy</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>np. Test pisemny i zadanie praktyczne obserwowane przez egzaminatora</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>np. Wewnętrzna weryfikacja wyników; kurs co roku przechodzi przegląd</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integracja</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Możliwe do łączenia w ramach</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>adres internetowy lub zdanie</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>Punkty ECTS: pole Punkty kredytowe powyżej</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>w ramach</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>Uczestnik, tytuł, data wydania i podmiot przyznający pochodzą z każdego poświadczenia, a kraj podmiotu przyznającego — z Ustawienia ▸ Profil wystawcy.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Rodzaj oceny</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Forma udziału</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Rodzaj zapewniania jakości</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Opcjonalne:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Wymagania wstępne</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Nadzór i weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Dodatkowe informacje</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Ukryj elementy</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Pokaż elementy</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>poświadczenie, do którego się zalicza</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dnia</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln poświadczenie wygasa w ciągu {period}.</numerusform>
            <numerusform>%Ln poświadczenia wygasają w ciągu {period}.</numerusform>
            <numerusform>%Ln poświadczeń wygasa w ciągu {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Pokaż je</numerusform>
            <numerusform>Pokaż je</numerusform>
            <numerusform>Pokaż je</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.xlsx *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Plik CSV lub Excel (.xlsx) z jednym uczestnikiem w każdym wierszu. Nic nie zostanie zaimportowane przed potwierdzeniem na ostatniej stronie.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Ścieżka do pliku .csv lub .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importuj uczestników</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Witamy w Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>Nie udało się tu otworzyć menedżera plików. Folder to:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiuj ścieżkę</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Podręcznik użytkownika Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>W tej instalacji brakuje podręcznika użytkownika: zainstaluj Badgesmith ponownie.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Brak obrazu</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Wybierz obraz</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Wybierz tło…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Brak tła</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Wybierz tło</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Wybierz podpis…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Brak podpisu</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Wybierz podpis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(brak podglądu)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Importuj uczestników</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Brak pliku: {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n wiersz, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n wiersze, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n wierszy, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n wiersz. {summary}.</numerusform>
            <numerusform>✓ {file}: %n wiersze. {summary}.</numerusform>
            <numerusform>✓ {file}: %n wierszy. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Zostanie zaimportowany</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Błąd</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplikat w pliku</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Już w obszarze roboczym</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numer albumu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Poprawiono ręcznie.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.tsv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Import wyników — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Plik CSV lub Excel z kolumną dla każdego kryterium</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Zapisz wyniki</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Wiersze wskazują uczestnika przez e-mail, numer albumu lub imię i nazwisko; kolumny noszą nazwy kryteriów (oraz opcjonalne kolumny Oceniający, Data, Uwagi i Link). Nic nie zostanie zapisane przed potwierdzeniem.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importuj wyniki</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Naciśnij Enter, aby odczytać plik.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Wszystkie wiersze są poprawne.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>Zapisz %n wynik</numerusform>
            <numerusform>Zapisz %n wyniki</numerusform>
            <numerusform>Zapisz %n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Jak w projekcie osiągnięcia</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Brak (jeden język)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Uczestnicy i to, czy można im wystawić poświadczenie</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Zaznacz uczestnika, aby zobaczyć podgląd jego certyfikatu.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder na certyfikaty</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Wystaw ponownie tym, którzy już je otrzymali (odnowienie; data przyznania bez zmian)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Odnów zaznaczone…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Wystaw ponownie tylko zaznaczonym uczestnikom (np. po poprawce albo w miejsce unieważnionego poświadczenia); Ctrl+kliknięcie zaznacza kilku</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Drukuj plik wydruku grupy: wszystkie aktywne certyfikaty z folderu wyjściowego (unieważnione nigdy nie są drukowane)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Wystaw</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>i</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Język certyfikatu</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Podgląd (bez podpisu; wystawiony certyfikat ma kod QR podpisany kluczem):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder wyjściowy</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Wystaw poświadczenia</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n uczestnik)</numerusform>
            <numerusform>{cohort}  (%n uczestników)</numerusform>
            <numerusform>{cohort}  (%n uczestników)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (ścieżka: wybierz, aby zobaczyć, kto ją ukończył)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Brak grup: utwórz grupę na stronie Grupy &amp; ocenianie.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Nie ma jeszcze podglądu.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>Do tej grupy nie dodano uczestników.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. Można mimo to wystawić poświadczenia: nie będą wtedy zawierać tych elementów. Uzupełnij je na stronie Osiągnięcia.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n gotowe do wystawienia</numerusform>
            <numerusform>%n gotowe do wystawienia</numerusform>
            <numerusform>%n gotowych do wystawienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n już wystawione</numerusform>
            <numerusform>%n już wystawione</numerusform>
            <numerusform>%n już wystawionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n bez spełnionych wymagań</numerusform>
            <numerusform>%n bez spełnionych wymagań</numerusform>
            <numerusform>%n bez spełnionych wymagań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n unieważnione (nie jest odnawiane z pozostałymi)</numerusform>
            <numerusform>%n unieważnione (nie są odnawiane z pozostałymi)</numerusform>
            <numerusform>%n unieważnionych (nie są odnawiane z pozostałymi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Wystaw %n poświadczenie</numerusform>
            <numerusform>Wystaw %n poświadczenia</numerusform>
            <numerusform>Wystaw %n poświadczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Odnów %n zaznaczone…</numerusform>
            <numerusform>Odnów %n zaznaczone…</numerusform>
            <numerusform>Odnów %n zaznaczonych…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generowanie…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>Wystawianie podpisuje każde poświadczenie kluczem podpisu.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>Poświadczenie {credential} uczestnika {learner} zostało unieważnione. Odnowienie wystawia nowe, ważne poświadczenie; unieważnione pozostaje unieważnione i weryfikujący nadal widzą je jako unieważnione. Odnowić je?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>Wystawić uczestnikowi {learner} nowe poświadczenie? Zastąpi ono {credential}, które będzie weryfikowane jako zastąpione nowszym; data przyznania zostanie zachowana, a stare pliki trafią do podfolderu „replaced” w folderze wyjściowym.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>Wystawić nowe poświadczenie %n uczestnikowi: {names}? Zastąpi ono jego dotychczasowe poświadczenie, które będzie weryfikowane jako zastąpione nowszym; data przyznania zostanie zachowana, a stare pliki trafią do podfolderu „replaced” w folderze wyjściowym.</numerusform>
            <numerusform>Wystawić nowe poświadczenia %n uczestnikom: {names}? Każde zastąpi dotychczasowe poświadczenie uczestnika, które będzie weryfikowane jako zastąpione nowszym; daty przyznania zostaną zachowane, a stare pliki trafią do podfolderu „replaced” w folderze wyjściowym.</numerusform>
            <numerusform>Wystawić nowe poświadczenia %n uczestnikom: {names}? Każde zastąpi dotychczasowe poświadczenie uczestnika, które będzie weryfikowane jako zastąpione nowszym; daty przyznania zostaną zachowane, a stare pliki trafią do podfolderu „replaced” w folderze wyjściowym.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Unieważnione: {names}. Każdy otrzyma nowe, ważne poświadczenie; unieważnione pozostaje unieważnione i weryfikujący nadal widzą je jako unieważnione.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Pominięto: {names} (jeszcze nie wystawiono, wymagania niespełnione lub nie da się wydrukować imienia i nazwiska).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Odnów poświadczenie</numerusform>
            <numerusform>Odnów poświadczenia</numerusform>
            <numerusform>Odnów poświadczenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Wystawianie nie powiodło się</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Wystawianie już trwa</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Wystawianie poświadczeń dla grupy {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} i jeszcze %n</numerusform>
            <numerusform>{names} i jeszcze %n</numerusform>
            <numerusform>{names} i jeszcze %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Wystawione — wymaga przeglądu</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Już wystawione</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nie spełnia</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Nazwisko nie do druku</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Gotowe do wystawienia</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>Odnowienie to pomija: zaznacz uczestnika i użyj „Odnów zaznaczone”.</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Unieważniono poświadczenie, na którym się opiera: zachowaj je lub unieważnij na stronie Poświadczenia.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>Wystawianie zakończone</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Wystawianie przerwane</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Wystawiono: {issued} · pominięto: {skipped} · nieudane: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Anulowano: poświadczenia liczone jako wystawione są kompletne. Wystaw ponownie, aby dokończyć resztę; nikt nie dostanie duplikatu.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>PDF do druku: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>Pominięto w pliku wydruku %n unieważniony certyfikat.</numerusform>
            <numerusform>Pominięto w pliku wydruku %n unieważnione certyfikaty.</numerusform>
            <numerusform>Pominięto w pliku wydruku %n unieważnionych certyfikatów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>według wcześniejszego projektu lub wersji</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>unieważnione, poza plikiem wydruku</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>np. 1337 (opcjonalnie)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nazwa *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres WWW</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>np. Mazowsze, Bawaria (opcjonalnie)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>Poświadczenia podają kraj (i region), z którego są przyznawane: mikropoświadczenie UE wymaga tej informacji.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>Certyfikaty, wiadomości do uczestników i strona weryfikacji są w tym języku, chyba że osiągnięcie lub grupa wybiera inny.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>Miejsce, w którym certyfikaty są sprawdzane online (strona weryfikacji, lista statusów, domena), ustawia się na karcie Publikowanie.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>Identyfikator organizacji w LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>Numer z adresu panelu administratora strony firmowej w LinkedIn: linki „Dodaj do profilu” uczestników pokażą wtedy organizację z jej logo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Zapisz profil</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>Profil wystawcy</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>Profil wystawcy został zapisany. Poświadczenia wystawiane od teraz będą go zawierać.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Ochrona klucza podpisu</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmith tworzy nowy klucz podpisu i przechowuje go zaszyfrowany tym hasłem. Hasło trzeba będzie wpisywać przy wystawianiu lub unieważnianiu poświadczeń.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło klucza</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Co najmniej %Ln znak; krótkie zdanie łatwo zapamiętać i trudno odgadnąć. Nikt nie odzyska go za Ciebie.</numerusform>
            <numerusform>Co najmniej %Ln znaki; krótkie zdanie łatwo zapamiętać i trudno odgadnąć. Nikt nie odzyska go za Ciebie.</numerusform>
            <numerusform>Co najmniej %Ln znaków; krótkie zdanie łatwo zapamiętać i trudno odgadnąć. Nikt nie odzyska go za Ciebie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>Hasło musi mieć co najmniej %Ln znak.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %Ln znaki.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %Ln znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>Hasła nie są zgodne: wpisz dwa razy to samo hasło.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Bieżący (podpisuje nowe poświadczenia)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Wycofany (nadal weryfikuje)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identyfikator (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>Klucz podpisu potwierdza, że poświadczenia pochodzą od Ciebie. Wycofane klucze są przechowywane, aby podpisane nimi poświadczenia nadal się weryfikowały.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Klucze podpisu</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Kopia zapasowa klucza…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Eksportuj wizytówkę wystawcy…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Zmień hasło…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Wymień klucz…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Kopia zapasowa klucza podpisu</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>Plik kopii zapasowej zawiera klucz podpisu zaszyfrowany hasłem klucza.

Każdy, kto ma ten plik ORAZ hasło, może wystawiać poświadczenia w Twoim imieniu. Przechowuj go poza tym komputerem (na pendrivie w szufladzie, w bezpiecznym magazynie organizacji), nigdy obok hasła, i nigdy nie wysyłaj go e-mailem.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Zapisz kopię zapasową klucza</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Kopia zapasowa klucza (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Kopię zapasową klucza zapisano w {path}. Przechowuj ją w bezpiecznym miejscu, poza tym komputerem.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Zapisz wizytówkę wystawcy</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Wizytówka wystawcy (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Wizytówkę wystawcy zapisano w {path}. Udostępnij ją każdemu, kto ma ufać Twoim poświadczeniom; nie zawiera żadnych tajnych danych.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>Hasło zostało zmienione. Utwórz nową kopię zapasową klucza: starsze kopie nadal wymagają starego hasła.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Wymiana klucza podpisu</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>Utworzyć nowy klucz podpisu i wycofać bieżący? Już wystawione poświadczenia nadal będą się weryfikować. Następnie opublikuj ponownie stronę weryfikacji i wizytówkę wystawcy.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>Używany jest nowy klucz podpisu. Utwórz teraz jego kopię zapasową (Kopia zapasowa klucza…).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Język programu Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>Przy następnym uruchomieniu Badgesmith użyje tego języka. badgesmith --lang KOD lub zmienna {variable} wybiera inny język na jedno uruchomienie.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Zapisano: {language}, od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Edytuj uczestnika</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Imię i nazwisko *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numer albumu</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numer albumu</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Filtruj według imienia i nazwiska, e-maila lub numeru albumu…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Sortuj według imienia</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Sortuj według nazwiska</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Nazwisko: ostatni wyraz imienia i nazwiska</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Dodaj uczestnika…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Usuń uczestnika wprowadzonego przez pomyłkę (nie takiego, który ma poświadczenia; można cofnąć do zamknięcia Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>Prawo do usunięcia danych: dane uczestnika znikają na zawsze, a jego poświadczenia nadal można weryfikować i unieważniać</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Rejestr osiągnięć…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Zapisz cały rejestr osiągnięć zaznaczonego uczestnika, podpisany: jako wykaz osiągnięć w PDF (z kodem QR i rejestrem w środku) lub plik CLR 2.0 do odczytu przez portfel cyfrowy lub pracodawcę</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Poświadczenie z zewnątrz…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Dodaj poświadczenie, które zaznaczony uczestnik zdobył u zaufanego wystawcy (plik JSON lub PDF certyfikatu). Najpierw zostanie zweryfikowane; liczy się do ścieżek zawierających jego osiągnięcie</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Zapisz wszystkich uczestników w pliku CSV, w formacie arkusza kalkulacyjnego (bezpiecznym do otwarcia)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importuj z pliku…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Znajdź uczestników</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Brak uczestników: dodaj uczestnika lub zaimportuj arkusz kalkulacyjny.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>Znaleziono: %Ln</numerusform>
            <numerusform>Znaleziono: %Ln</numerusform>
            <numerusform>Znaleziono: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>Usunąć uczestnika {name} wraz z przypisaniami do grup i wynikami? Można to cofnąć do zamknięcia Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Usuń uczestnika</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>Usunięto uczestnika {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Cofnięto usunięcie uczestnika {learner}.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>uczestnicy.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Eksport uczestników</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>Uczestników zapisano w {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Najpierw zaznacz uczestnika: jego rejestr osiągnięć zawiera wszystkie zdobyte, aktualne poświadczenia.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Wykaz osiągnięć PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Rejestr osiągnięć CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - rejestr.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Zapisz rejestr osiągnięć: {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>Rejestr osiągnięć uczestnika {name} zapisano w {file}. Zawiera dane osobowe: dopóki go nie udostępnisz, tylko Ty możesz odczytać ten plik.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>Rejestr osiągnięć jest podpisywany: wymaga hasła klucza podpisu.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Najpierw zaznacz uczestnika, który zdobył poświadczenie.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Dodaj poświadczenie zdobyte gdzie indziej: {name}</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Poświadczenia (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>Dodano „{achievement}” od wystawcy {issuer} do rejestru uczestnika {name}: liczy się do ścieżek, które je zawierają.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (zwykle port 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Brak (tylko w zaufanej sieci)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>Konto pocztowe do wysyłki</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>np. smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>adres, który widzą uczestnicy i na który mogą odpowiedzieć</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmith wysyła wiadomości z Twojego własnego konta i tylko po naciśnięciu Wyślij. Hasło jest przechowywane zaszyfrowane hasłem klucza podpisu.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Serwer *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Adres nadawcy *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Wyślij wiadomość testową…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>zapisane (zostaw puste, aby zachować)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>Hasło jest przechowywane zaszyfrowane hasłem klucza.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Wyślij wiadomość testową na adres:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>Serwer przyjął wiadomość testową:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>Zapisane hasło poczty jest zaszyfrowane hasłem klucza.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Połącz ze &amp;wspólną bazą danych…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>Utwórz &amp;kopię zapasową obszaru roboczego…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>&amp;Przywróć obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>Za&amp;rekomenduj osiągnięcie…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>O&amp;dblokuj klucz podpisu…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>Za&amp;blokuj klucz podpisu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;Podręcznik użytkownika Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>&amp;O programie Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>O programie Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Podpisane poświadczenia Open Badges 3.0 z weryfikowalnymi certyfikatami papierowymi, offline.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Odblokuj…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Wspólna baza danych {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Dane: {address}
Pliki: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Obszar roboczy: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Klucz podpisu: odblokowany na czas tej sesji</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Klucz podpisu: zablokowany</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Wybierz pusty folder dla nowego obszaru roboczego</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>Folder {folder} nie jest pusty: wybierz lub utwórz pusty folder.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Otwórz folder obszaru roboczego</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>W folderze {folder} nie ma obszaru roboczego Badgesmith.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Trwa praca w tle. Zatrzymać ją i otworzyć inny obszar roboczy? Ukończone elementy zostaną zachowane.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-kopia-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Kopia zapasowa obszaru roboczego</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Kopia zapasowa (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Utworzono kopię zapasową w {file}, podpisaną kluczem podpisu.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>Kopia zapasowa jest podpisywana kluczem, aby przy przywracaniu można było sprawdzić, że pochodzi od Ciebie.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Przywróć obszar roboczy z kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Przywracanie obszaru roboczego</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>Zastąpić całą zawartość folderu {folder} kopią zapasową {file}?

{details}

Bieżące dane zostaną zachowane w folderze kopii zapasowych obszaru roboczego.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Trwa praca w tle. Zatrzymać ją i przywrócić kopię zapasową? Ukończone elementy zostaną zachowane.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Trwa praca w tle. Zakończyć mimo to? Ukończone elementy zostaną zachowane.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numer albumu</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Która kolumna zawiera jakie dane?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmith odgadł przypisanie na podstawie nagłówków kolumn; w razie potrzeby popraw je. Kolumna z pełnym imieniem i nazwiskiem ma pierwszeństwo przed osobnymi kolumnami imienia i nazwiska.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(brak w pliku)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — kolumna {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(bez nagłówka)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Wiadomość do uczestników</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Wybierz język…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Zacznij od wiadomości w języku</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Używaj tej wiadomości tylko dla „{achievement}”</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Pola zastępcze: {placeholders}. Wiersz, w którym wszystkie pola zastępcze są puste, jest pomijany.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>Co otrzyma pierwszy uczestnik</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Wystaw poświadczenie w tej grupie, aby zobaczyć podgląd.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(Brak podglądu, dopóki wiadomość zawiera błąd opisany po lewej.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>Do: {name} &lt;{address}&gt;
Temat: {subject}

{body}

Załączniki: certyfikat (PDF), poświadczenie (JSON), odznaka (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Zastąpić wiadomość</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>Gotowa wiadomość w języku {language} zastąpi temat i napisany tekst. Zastąpić je?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Jeszcze nie wysłano</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Zapisano wersję roboczą</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Przerwano podczas wysyłania</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Wysłano</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Błąd</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— brak adresu —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Zapisz te wykresy i ich dane w pliku PDF, np. na potrzeby przeglądu jakości lub dla jednostki akredytującej</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Na razie nie ma nic do pokazania. Po przeprowadzeniu zajęć z grupą lub wystawieniu poświadczeń ta strona pokaże, ile poświadczeń wystawiono w każdym miesiącu, zdawalność w każdej grupie, kryteria, których uczestnicy nie spełnili, oraz poświadczenia, które wkrótce wygasną.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Wystawione poświadczenia według miesięcy</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Zdawalność według grup</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Uczestnicy, którzy nie spełnili poszczególnych kryteriów</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Poświadczenia do odnowienia</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Odnów zaznaczone…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Wystaw zaznaczonym uczestnikom nowe poświadczenia w miejsce wygasających (Ctrl+kliknięcie zaznacza kilka)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count} z {total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} dni</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>W tym okresie wystawiono %n poświadczenie.</numerusform>
            <numerusform>W tym okresie wystawiono %n poświadczenia.</numerusform>
            <numerusform>W tym okresie wystawiono %n poświadczeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>W tym okresie nie wystawiono żadnych poświadczeń.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>Okres: {first} – {last}; wystawiono: {total}. Według miesięcy: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Odsetek uczestników grupy, którzy spełniają wymagania osiągnięcia.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>W tym okresie nie było żadnej grupy z uczestnikami.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: {eligible} z {learners} spełnia wymagania ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>Odsetek uczestników ocenionych w danym kryterium, którzy go nie spełnili.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>W tym okresie nie wprowadzono żadnych wyników.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}: {not_met} z {assessed} nie spełnia ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Poświadczenia wygasające w ciągu %n dnia</numerusform>
            <numerusform>Poświadczenia wygasające w ciągu najbliższych %n dni</numerusform>
            <numerusform>Poświadczenia wygasające w ciągu najbliższych %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n poświadczenie wkrótce wygaśnie: zaznacz je i odnów.</numerusform>
            <numerusform>%n poświadczenia wkrótce wygasną: zaznacz je i odnów.</numerusform>
            <numerusform>%n poświadczeń wkrótce wygaśnie: zaznacz je i odnów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Żadne poświadczenie nie wygaśnie w ciągu %n dnia.</numerusform>
            <numerusform>Żadne poświadczenie nie wygaśnie w ciągu najbliższych %n dni.</numerusform>
            <numerusform>Żadne poświadczenie nie wygaśnie w ciągu najbliższych %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>za {first}–{last} dni: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>raport zbiorczy {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>Raport zbiorczy zapisano w {file}. Zawiera imiona i nazwiska uczestników: dopóki go nie udostępnisz, tylko Ty możesz go odczytać.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Odnów %n zaznaczone…</numerusform>
            <numerusform>Odnów %n zaznaczone…</numerusform>
            <numerusform>Odnów %n zaznaczonych…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>Odnowić %n poświadczenie? Jeśli uczestnik nadal spełnia wymagania, otrzyma nowe poświadczenie w miejsce wygasającego: data przyznania zostanie zachowana, a stare pliki trafią do folderu „replaced” obok nich.</numerusform>
            <numerusform>Odnowić %n poświadczenia? Każdy uczestnik, który nadal spełnia wymagania, otrzyma nowe poświadczenie w miejsce wygasającego: data przyznania zostanie zachowana, a stare pliki trafią do folderu „replaced” obok nich.</numerusform>
            <numerusform>Odnowić %n poświadczeń? Każdy uczestnik, który nadal spełnia wymagania, otrzyma nowe poświadczenie w miejsce wygasającego: data przyznania zostanie zachowana, a stare pliki trafią do folderu „replaced” obok nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Miejsce zapisu: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Pominięto: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Odnów poświadczenie</numerusform>
            <numerusform>Odnów poświadczenia</numerusform>
            <numerusform>Odnów poświadczenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>Odnawianie podpisuje każde nowe poświadczenie kluczem podpisu.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Odnawianie poświadczeń…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Osiągnięcia</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Grupy &amp; ocenianie</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Wystawianie</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Poświadczenia</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Wszystkie z</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Co najmniej {needed} z {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ uzyskane {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>spełnione</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>brakuje jeszcze %n</numerusform>
            <numerusform>brakuje jeszcze %n</numerusform>
            <numerusform>brakuje jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niepotrzebne</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Diagram wymagań ścieżki</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>To osiągnięcie jest ścieżką (zdobywa się je, posiadając inne)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Edytuj wymagania…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Szukaj uczestników według imienia i nazwiska lub e-maila</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Postęp uczestnika</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Postęp uczestnika…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>osiągnięcie {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Bez uczestnika: tylko wymagania</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: spełnione {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: jeszcze nie — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Nie można wyświetlić tego pliku PDF.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Może się logować</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>nie (usunięto)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Wszyscy, którzy logują się do tej wspólnej bazy danych, oraz to, na co pozwala im ich rola. Przestrzeganie ról egzekwuje sama baza danych.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>Użytkownik {name} może się teraz logować jako {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>Usunąć użytkownika {name}? Logowanie na to konto nie będzie już możliwe; dziennik audytu zachowa wykonane z niego działania pod tą nazwą.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Usuń użytkownika</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Najpierw wybierz użytkownika z listy.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>np. anna lub a.kowalska</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>Przekaż hasło tej osobie osobiście; loguje się nim na własnym komputerze. Badgesmith go nie przechowuje.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Prowadzący wprowadza uczestników i wyniki; wystawca dodatkowo wystawia i unieważnia poświadczenia oraz edytuje osiągnięcia; administrator dodatkowo zarządza użytkownikami, kluczami i ustawieniami.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hasła się różnią: wpisz dwa razy to samo hasło.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdź przed importem</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Każdy wiersz pliku i to, co się z nim stanie. Aby poprawić wstrzymany wiersz, kliknij dwukrotnie imię i nazwisko, e-mail lub numer albumu (albo zaznacz pole i naciśnij F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Importuj %n uczestnika</numerusform>
            <numerusform>Importuj %n uczestników</numerusform>
            <numerusform>Importuj %n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nie ma czego importować</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Żadnego wiersza tego pliku nie można jeszcze zaimportować: sprawdź powody powyżej i popraw wiersze tutaj lub w pliku.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>Nie można odczytać pliku {file} jako PDF; nic nie wydrukowano.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>Drukarka {printer} nie przyjęła zadania; sprawdź ją i wydrukuj ponownie.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>Drukarka przestała przyjmować strony; sprawdź ją i wydrukuj ponownie.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Drukuj: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>Wysłano %n stronę do drukarki {printer}.</numerusform>
            <numerusform>Wysłano %n strony do drukarki {printer}.</numerusform>
            <numerusform>Wysłano %n stron do drukarki {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Anulowano: do drukarki {printer} wysłano %n z {total} stron.</numerusform>
            <numerusform>Anulowano: do drukarki {printer} wysłano %n z {total} stron.</numerusform>
            <numerusform>Anulowano: do drukarki {printer} wysłano %n z {total} stron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Nie wydrukowano:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Drukowanie: {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>Kto przyznaje poświadczenia?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Te dane są drukowane na każdym certyfikacie i zapisywane w każdym poświadczeniu.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>np. Centrum Szkoleniowe Północ</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (opcjonalnie)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nazwa *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres WWW</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>Anulowanie… trwa kończenie bieżącego elementu.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} z {total}: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>Imiona i nazwiska uczestników, osiągnięcia i wyniki stają się publiczne pod tymi adresami dla każdego, kto je znajdzie. Unieważnione poświadczenia są usuwane przy następnej publikacji.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>Do którego folderu opublikować?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>Publikowanie podpisuje listę statusów kluczem podpisu.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>Publikowanie zapisuje jeden folder dla strony internetowej: stronę weryfikacji, profil wystawcy, listę statusów, dzięki której unieważnienia są widoczne, oraz — jeśli używasz własnej domeny — did.json. Wyślij ten folder na dowolny serwer WWW; plik README.txt w środku wyjaśnia, gdzie umieścić każdy plik.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org lub user.github.io:badges (opcjonalnie)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>Publikuj plik JSON każdego poświadczenia (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Strona weryfikacji</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>Kod QR każdego certyfikatu otwiera tę stronę; kod certyfikatu pozostaje w części #fragment linku, która nigdy nie trafia na serwer.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista statusów</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Umieść ją w tym samym folderze co stronę (np. status/1 obok verify.html): strona pokaże wtedy, czy certyfikat został unieważniony.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Własna domena (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Pozostaw puste, jeśli nie masz domeny: weryfikujący rozpoznają wtedy klucz po odcisku (did:key). Z własną domeną poświadczenia wskazują ją jako wystawcę, a plik did.json trzeba tam wysłać; nowe klucze są do niego dopisywane, a stare zachowywane, więc starsze poświadczenia nadal się weryfikują.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} Dzięki temu LinkedIn i portfele cyfrowe mają stały adres każdego poświadczenia.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Publikuj w</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nie wybrano jeszcze folderu.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Zapisano. Poświadczenia wystawiane od teraz będą zawierać te adresy.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Publikowanie poświadczeń</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

Opublikować je?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>Ustawienia publikowania</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(dane osobowe usunięte)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Wymagania ścieżki</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Wymagania</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Wszystkie z tych</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Co najmniej N z tych</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>Wymaganie zaznaczonego zestawu</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N — ile wymaga zestaw</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>Zaznaczony zestaw wymaga:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Osiągnięcie do dodania</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Dodaj osiągnięcie</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Dodaj zestaw</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Zagnieżdżony zestaw, np. „co najmniej 2 z” wewnątrz „wszystkie z”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Usuń zaznaczone osiągnięcie lub zestaw (Delete)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>Uczestnicy zdobywają to osiągnięcie, posiadając osiągnięcia poniżej. Zaznacz zestaw, aby zmienić jego wymaganie lub coś do niego dodać.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>osiągnięcie {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Co najmniej {needed} z tych %n</numerusform>
            <numerusform>Co najmniej {needed} z tych %n</numerusform>
            <numerusform>Co najmniej {needed} z tych %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} już jest w tym zestawie.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Unieważnij poświadczenie</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>Unieważnić poświadczenie uczestnika {learner}? Później można je przywrócić.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Powód, np. Wystawione przez pomyłkę: niewłaściwa grupa</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>Unieważnienie wymaga hasła klucza podpisu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Projekt certyfikatu</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Profil wystawcy</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publikowanie</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Klucze podpisu</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Zaufani wystawcy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Połączenie ze wspólną bazą danych</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Każda osoba loguje się na własne konto; jej rola określa, co może robić.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Logowanie do wspólnej bazy danych</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>Wspólna baza danych {where} wymaga Twojej nazwy użytkownika i hasła.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Kolor główny</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Kolor akcentu</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Drobny druk</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Przed nazwiskiem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Przed osiągnięciem</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Po osiągnięciu</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Etykieta daty wystawienia</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Etykieta daty ważności</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>U góry, na środku</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>U góry po lewej</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>U góry po prawej</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Niewidoczne</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 cali)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Pozioma</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowa</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>Język wystawcy</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Brak (jeden język)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>Drukuj stronę mikropoświadczenia UE</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Jeśli osiągnięcie ma elementy mikropoświadczenia UE, jego certyfikaty wymieniają je na drugiej stronie.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Teksty</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logo i tło</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Logo wystawcy</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Tło</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Podpisy (imię i nazwisko, funkcja, obraz podpisu; do trzech)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Funkcja, np. Kierownik kursu</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Przywróć szablon</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientacja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Drugi język (dwujęzyczny)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Tutaj pojawi się podgląd.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>to osiągnięcie</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>Projekt certyfikatu dla „{name}”</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Najpierw utwórz osiągnięcie: tutaj edytuje się jego projekt certyfikatu.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Zmiana szablonu</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Inny szablon zastąpi zmienione i niezapisane kolory, teksty i podpisujących. Odrzucić te zmiany?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Zapisano: certyfikaty wystawiane od teraz będą miały ten projekt.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres WWW</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identyfikator (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Poświadczenia podpisane przez tych wystawców są weryfikowane jako zaufane. Zaimportuj otrzymaną od nich wizytówkę wystawcy (sprawdź z nimi jej odcisk klucza).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Zaufani wystawcy</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Brak zaufanych wystawców.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Importuj wizytówkę wystawcy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Importuj wizytówkę wystawcy</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Wizytówka wystawcy (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} jest teraz zaufanym wystawcą (odcisk klucza {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>Przestać ufać wystawcy {name}?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Usuń zaufanego wystawcę</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Przywróć to, co usunięto (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{undo} ({count})</source>
        <comment>the Undo button and how many removals it can undo</comment>
        <translation>{undo} ({count})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the signing key</source>
        <translation>Odblokuj klucz podpisu</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>Podpisywanie wymaga hasła klucza. Klucz pozostaje odblokowany w pamięci do zamknięcia Badgesmith lub zablokowania klucza.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło klucza</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Certyfikaty i poświadczenia (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Wklej tekst kodu QR</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…lub wklej tutaj tekst zeskanowanego kodu QR (albo link weryfikacyjny)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Weryfikuj tekst</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Sprawdź ten sam plik lub tekst ponownie, według tego, co obszar roboczy wie teraz</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Weryfikacja poświadczenia</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Sprawdza podpis, klucz wystawcy (własny, zaufany lub nieznany), daty, unieważnienie według wiedzy tego obszaru roboczego oraz zgodność kodu QR z poświadczeniem. Nic nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Nie sprawdzono jeszcze żadnego poświadczenia.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Weryfikuj plik</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Wklejony tekst</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nie można odczytać</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Sprawdzono o {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Porównaj z dokumentem lub stroną, które masz przed sobą.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Sprawdzenia</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Osiągnięcie bez nazwy</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>brak ID</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>Nie ten uczestnik</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>%n poświadczenie z rejestru, zweryfikowane osobno</numerusform>
            <numerusform>%n poświadczenia z rejestru, każde zweryfikowane osobno</numerusform>
            <numerusform>%n poświadczeń z rejestru, każde zweryfikowane osobno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>Gdzie można sprawdzać certyfikaty?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>Kod QR certyfikatu może otwierać stronę w Twojej witrynie, która go sprawdza i pokazuje, czy został unieważniony.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>Badgesmith tworzy tę stronę i listę unieważnionych certyfikatów; wystarczy wysłać je na swoją stronę internetową (Ustawienia ▸ Publikowanie ▸ Opublikuj).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Nie mam jeszcze strony internetowej</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Umieszczę stronę weryfikacji w swojej witrynie</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>Wtedy telefon skanujący certyfikat pokaże jego kod jako tekst (strona Weryfikacja w Badgesmith nadal go sprawdzi), a unieważnienia pozostaną na tym komputerze. Adresy można dodać później w Ustawienia ▸ Publikowanie; certyfikaty zachowują ustawienia z chwili wystawienia.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org lub user.github.io:badges  (opcjonalnie)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Strona weryfikacji</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista statusów</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>Lista statusów to lista unieważnionych certyfikatów; należy ją przechowywać obok strony.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Własna domena</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Tylko jeśli domena należy do Ciebie i możesz wysyłać na nią pliki: poświadczenia wskazują ją wtedy jako wystawcę (did:web). Bez niej klucz jest rozpoznawany po odcisku (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Wpisz adres, pod którym będzie strona weryfikacji, albo wybierz „Nie mam jeszcze strony internetowej”.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Lokalizacja obszaru roboczego</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Osiągnięcia, uczestnicy, wyniki i wystawione poświadczenia są przechowywane w jednym folderze.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Folder obszaru roboczego</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Kopię zapasową można utworzyć w menu Plik ▸ Utwórz kopię zapasową obszaru roboczego…; zawiera ona zaszyfrowany klucz.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Gdzie są Twoje pliki</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>Dane są przechowywane we wspólnej bazie danych; certyfikaty i wersje robocze e-maili trafiają do tego folderu na tym komputerze.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Baza danych: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Tworzenie klucza podpisu…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>Poświadczenie nie jest podpisane (nie ma dowodu podpisu).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>Dowód podpisu poświadczenia jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>Poświadczenie musi zawierać dokładnie jeden DataIntegrityProof z zestawem kryptograficznym eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>Dowód podpisu nie wskazuje metody weryfikacji.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>Cel dowodu podpisu to nie assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>Nie można użyć klucza podpisu: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>Wartość podpisu w dowodzie jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>@context dowodu podpisu nie zgadza się z @context poświadczenia.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>Nie można przetworzyć poświadczenia: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>Podpis się nie zgadza: poświadczenie zostało zmienione lub podpisane innym kluczem.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Podpis jest prawidłowy.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Zweryfikowano: rejestr osiągnięć i każde z zawartych w nim poświadczeń (liczba: {count}) są autentyczne, aktualne i pochodzą od zaufanego wystawcy.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Zweryfikowano: rekomendacja jest autentyczna, aktualna i podpisana zaufanym kluczem.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Zweryfikowano: poświadczenie jest autentyczne, aktualne i pochodzi od zaufanego wystawcy; czy ten wystawca je później unieważnił, można sprawdzić tylko u niego.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Zweryfikowano: poświadczenie jest autentyczne, aktualne i pochodzi od zaufanego wystawcy.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>poświadczenie nie przeszło jednego ze sprawdzeń.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Podpisano nieznanym kluczem {fingerprint}: podpis jest nienaruszony, ale nikt zaufany nie ręczy za tego wystawcę.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Unieważnione: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Wygasłe: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Nie zweryfikowano: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Zastąpione nowszym poświadczeniem: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>wystawiono je ponownie jako {credential}; aktualne jest tylko nowsze poświadczenie.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Podpisano bieżącym kluczem {fingerprint} tego obszaru roboczego. Odcisk klucza to krótki kod obliczony z klucza publicznego (did:key): ten sam kod podany przez wystawcę oznacza ten sam klucz.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Podpisano wycofanym kluczem {fingerprint} tego obszaru roboczego, zachowanym do weryfikacji. Odcisk klucza to krótki kod obliczony z klucza publicznego (did:key): ten sam kod podany przez wystawcę oznacza ten sam klucz.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Podpisano kluczem {fingerprint} wystawcy zaimportowanego jako zaufany. Odcisk klucza to krótki kod obliczony z klucza publicznego (did:key): ten sam kod podany przez wystawcę oznacza ten sam klucz.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Podpisano nieznanym kluczem {fingerprint}. Odcisk klucza to krótki kod obliczony z klucza publicznego (did:key): ten sam kod podany przez wystawcę oznacza ten sam klucz.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Podpisano bieżącym kluczem {fingerprint} tego obszaru roboczego. Poświadczenie wskazuje wystawcę przez domenę internetową {domain} (did:web), której dokument DID zawiera ten klucz.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Podpisano wycofanym kluczem {fingerprint} tego obszaru roboczego, zachowanym do weryfikacji. Poświadczenie wskazuje wystawcę przez domenę internetową {domain} (did:web), której dokument DID zawiera ten klucz.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Podpisano kluczem {fingerprint} wystawcy zaimportowanego jako zaufany. Poświadczenie wskazuje wystawcę przez domenę internetową {domain} (did:web), której dokument DID zawiera ten klucz.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Podpisano nieznanym kluczem {fingerprint}. Poświadczenie wskazuje wystawcę przez domenę internetową {domain} (did:web), której dokument DID zawiera ten klucz.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>Poświadczenie nie ma prawidłowej daty validFrom.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>Poświadczenie staje się ważne dopiero {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Ważne od {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>Poświadczenie nie wygasa.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>Data validUntil poświadczenia jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>Poświadczenie wygasło {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Ważne do {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>Plik nie zawiera poświadczenia (obiektu JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>JSON poświadczenia pokazuje inne dane ({fields}) niż te objęte podpisem.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>To, co pokazuje poświadczenie, jest tym, co podpisano.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Bez prawidłowego podpisu nie można przypisać klucza podpisu.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>Brak klucza podpisu do porównania z wystawcą.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>Wystawca wskazany w poświadczeniu posiada klucz podpisu.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>Poświadczenie wskazuje wystawcę {issuer}, ale podpisano je innym kluczem ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>Nie można odczytać dat z poświadczenia, którego nie da się przetworzyć.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>Wystawca unieważnił to poświadczenie {day}: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>Wystawca unieważnił to poświadczenie: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Rejestr osiągnięć nie ma własnego statusu: unieważnienie każdego zawartego w nim poświadczenia sprawdzane jest poniżej.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Nie da się tu ustalić, czy wystawca je unieważnił: mówią o tym tylko jego własne rejestry (jego lista statusów: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Nie da się tu ustalić, czy wystawca je unieważnił: mówią o tym tylko jego własne rejestry.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>Nieunieważnione: ten obszar roboczy je wystawił i nie unieważnił.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Zgodne z oficjalnym schematem JSON Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>Niezgodne ze schematem OB 3.0: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>Niezgodne ze schematem OB 3.0: {problem} (oraz inne problemy: {more}).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>Ma strukturę rejestru osiągnięć CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>Nie ma struktury rejestru osiągnięć: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>Nie ma struktury rejestru osiągnięć: {problem} (oraz inne problemy: {more}).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Rekomendacja: {endorser} ({did}), wystawiona {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Rekomendacja: {endorser} ({did}), wystawiona {day}, ważna do {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Rekomendacja: {endorser} ({did}), wystawiona {day}: „{comment}”</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Rekomendacja: {endorser} ({did}), wystawiona {day}, ważna do {until}: „{comment}”</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>Rekomendacja wystawiona przez {endorser} ({did}) wygasła {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Rekomendacja w imieniu {endorser} ({did}) jest podpisana nieznanym kluczem {fingerprint}: nikt zaufany za nią nie ręczy, więc nie jest pokazywana jako rekomendacja. Aby jej zaufać, zaimportuj wizytówkę wystawcy rekomendującego.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Rekomendacja nie przechodzi weryfikacji: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>Poświadczenie zawiera rekomendację wystawioną przez {endorser} ({did}), ale nie jest ona pokazywana jako rekomendacja: samo poświadczenie nie jest zweryfikowane, a rekomendacja dotyczy osiągnięcia, nie tego, kto je przyznaje.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>Rekomendacja nie jest pokazywana jako rekomendacja: to, co ją zawiera, nie jest zweryfikowane.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>Rekomendacja jest większa, niż kiedykolwiek bywa rekomendacja (najwyżej {limit} znaków JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Rekomendacja nie może zawierać własnych rekomendacji.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Zawarte w nim rekomendacje nie są sprawdzane: podpis samego poświadczenia jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>Osiągnięcie zawiera tyle rekomendacji: {count}; Badgesmith sprawdza najwyżej {limit}, więc nie jest ono zweryfikowane.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>poświadczenie zawiera rekomendację {id} dwukrotnie.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>nie jest to EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>nie wskazuje rekomendującego.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>dotyczy {subject}, a nie osiągnięcia tego poświadczenia ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>jest podpisana przez wystawcę samego poświadczenia; rekomendacja musi pochodzić od kogoś innego.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>Rejestr osiągnięć wewnątrz rejestru osiągnięć nie jest akceptowany.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>Nie można odczytać uczestnika rejestru z danych objętych podpisem, więc nie da się ustalić, czyje to poświadczenie.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>Przyznano je osobie {recipient}, a nie osobie {learner}, do której należy ten rejestr.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>Rejestr nie zawiera żadnych poświadczeń.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Każde z poświadczeń rejestru (liczba: {count}) weryfikuje się samodzielnie i zostało przyznane uczestnikowi, do którego należy rejestr.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 poświadczenie w rejestrze nie przechodzi weryfikacji: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Poświadczenia w rejestrze, które nie przechodzą weryfikacji: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Poświadczenia w rejestrze, które nie przechodzą weryfikacji: {count} — {credentials} (oraz inne: {more})</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>brakuje jeszcze {count} z: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>brakuje: {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>brakuje: {achievements} i {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Brakuje jeszcze {count} z: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Brakuje: {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Brakuje: {achievements} i {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>W międzyczasie ktoś inny wyczyścił ten wynik; tabela pokazuje go teraz jako pusty.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Ktoś inny zmienił ten wynik ({when}); tabela pokazuje teraz nową wartość.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Ten wynik zmieniono z Twojego konta ({when}) w innym oknie lub programie; tabela pokazuje teraz tę wartość.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>Ten wynik zmienił użytkownik {person} ({when}); tabela pokazuje teraz nową wartość.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Ktoś inny zmienił ten dowód ({when}); tabela pokazuje teraz jego nową wersję.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>W międzyczasie ktoś inny usunął ten dowód; tabela nie pokazuje teraz żadnego.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>Brak wyniku punktowego dla kryterium {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: nie wpisano.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: niezaliczone.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: nie wpisano poziomu.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: {level} jest poniżej wymaganego poziomu ({required}).</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>Wynik {score} jest poniżej progu zaliczenia ({mark}).</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Nie należy do grupy.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>Nie można wydrukować imienia i nazwiska: żadna czcionka nie zawiera znaków {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>Nie spełnia wymagań: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Już wystawione.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Unieważnione: unieważnione poświadczenie jest odnawiane tylko wtedy, gdy uczestnik jest wskazany imiennie, a odnowienie potwierdzone.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>Brak adresu strony weryfikacji: telefon skanujący kod QR zobaczy tylko kod, a nie stronę, która go sprawdza (Ustawienia ▸ Publikowanie).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>Nie ustawiono adresu listy statusów: certyfikaty wystawiane teraz nie mają wpisu o unieważnieniu, więc późniejsze unieważnienie dotrze tylko do tego komputera i do publikowanej strony weryfikacji (Ustawienia ▸ Publikowanie).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>Lista statusów znajduje się w innej witrynie niż strona weryfikacji: strona odczytuje ją tylko z własnej witryny, więc poinformuje, że nie mogła sprawdzić unieważnienia.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>Lista statusów znajduje się poza folderem strony weryfikacji: plik README.txt wskaże, gdzie ją wysłać.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>Strona Weryfikacja w Badgesmith pokazuje unieważnienie od razu. Poza tym komputerem będzie ono widoczne po ponownym opublikowaniu strony (Opublikuj stronę…) i wysłaniu zmienionej listy statusów na serwer: strona weryfikacji i inni weryfikujący odczytują tę listę.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>Strona Weryfikacja w Badgesmith pokazuje unieważnienie od razu. Ten certyfikat wystawiono bez wpisu na liście statusów, więc inni weryfikujący go nie zobaczą; zobaczy je strona weryfikacji po ponownym opublikowaniu i wysłaniu na serwer: wymienia ona dotychczas unieważnione certyfikaty.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Zweryfikowano</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nie zweryfikowano</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Nieznany wystawca</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Zastąpione</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Niejednoznaczne</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nie można odczytać</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>wklejony tekst</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Wystawca (według poświadczenia)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Poświadczenia</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Klucz wystawcy</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Poświadczenie</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Osiągnięcie</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista statusów</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>Link z kodu QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, wersja {number}, z tego obszaru roboczego</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>Plik jest zbyt duży, aby go sprawdzić przy dostępnej pamięci.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Błąd wewnętrzny przerwał sprawdzanie tego pliku; został zapisany w dzienniku. O poświadczeniu nie można nic powiedzieć.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} jest większy niż kiedykolwiek bywa certyfikat, poświadczenie lub zdjęcie.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>To nie jest PDF, poświadczenie (JSON), obraz kodu QR ani tekst kodu QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Ten plik poświadczenia zapisano w UTF-16; poświadczenia to JSON w UTF-8. Zapisz go w UTF-8 i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>Poświadczenie otaczają znaki niedozwolone w JSON (np. twarde spacje); zapisz je jako zwykły JSON.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>Nie ma czego weryfikować: wklej tekst kodu QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Ten tekst jest znacznie dłuższy, niż mieści kod QR; wklej tekst jednego kodu QR albo otwórz plik poświadczenia.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (według poświadczenia; klucz jest nieznany)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>Poświadczenie nazywa wystawcę {stated}, co brzmi jak nazwa tego obszaru roboczego, ale podpisano je kluczem zaufanym jako {trusted}: nie pochodzi ono od tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>Poświadczenie nazywa wystawcę {stated}, ale ten klucz uznano za zaufany jako {trusted}. Jeśli wystawca zmienił nazwę, zaimportuj jego nową wizytówkę wystawcy.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Wystawione przez: {issuer}, zgodnie z tym, jak uznano ten klucz za zaufany.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>Rekomendacja wskazuje jako rekomendującego {stated}, ale jest podpisana kluczem tego obszaru roboczego, którego wystawcą jest {current}: rekomendacja jest pokazywana tylko pod nazwą, którą reprezentuje jej klucz.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>Poświadczenie nazywa wystawcę {stated}; wystawca tego obszaru roboczego nazywa się teraz {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>Ten JSON nie jest poświadczeniem.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Autentyczny certyfikat zawiera: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Autentyczny wykaz osiągnięć zawiera: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>wpis {index} na liście {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>Podpis kodu QR nie zgadza się z jego treścią: certyfikat został zmieniony lub nie jest autentyczny.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Podpisano nieznanym kluczem {fingerprint}: to nie jest wystawca zaufany w tym obszarze roboczym.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (według kodu QR; klucz jest nieznany)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>Kod QR jest nienaruszony i podpisany bieżącym kluczem tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>Kod QR jest nienaruszony i podpisany wycofanym kluczem tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>Kod QR jest nienaruszony i podpisany kluczem zaufanego wystawcy.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>Kod QR jest nienaruszony i podpisany znanym kluczem.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Nie da się tu ustalić, czy wystawca {issuer} je unieważnił: mówią o tym tylko jego własne rejestry.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Nie da się tu ustalić, czy wystawca je unieważnił: mówią o tym tylko jego własne rejestry.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>Rejestr tego obszaru roboczego nie zawiera poświadczenia o tym identyfikatorze: kod QR wykazu osiągnięć należy do rejestru osiągnięć. Otwórz tutaj wykaz osiągnięć w PDF, aby sprawdzić każde zawarte w nim poświadczenie.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Wygasło {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Wygasłe.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Ważne do {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Wystawca {issuer} wystawił je dla: {recipient}, za osiągnięcie {achievement}, dnia {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Wystawca {issuer} wystawił je dla: {recipient}, za osiągnięcie {achievement}, dnia {day}. Czy je później unieważnił, można sprawdzić tylko u niego.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Wystawca {issuer} wystawił je dla: {recipient}, za osiągnięcie {achievement}, dnia {day}. Czy zawarte w nim poświadczenia unieważniono od tego czasu, sprawdza się w wykazie osiągnięć w PDF.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>Kod QR prowadzi do Twojej strony weryfikacji.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Kod QR kieruje telefony na adres {address}, który nie jest Twoją stroną weryfikacji ({page}): wydrukowany kod podmieniono albo strona zmieniła adres po wydrukowaniu tego certyfikatu.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Kod QR kieruje telefony na adres {address}, który nie jest Twoją stroną weryfikacji (nie ustawiono żadnej): wydrukowany kod podmieniono albo strona zmieniła adres po wydrukowaniu tego certyfikatu.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>Kod QR prowadzi do własnej witryny wystawcy {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>Kod QR kieruje telefony na adres {address}; Badgesmith nie może ustalić, czy ta strona należy do wystawcy {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>Odznaka zawiera poświadczenie w formie, której Badgesmith nie odczytuje (weryfikowane są tylko poświadczenia JSON).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>Poświadczenie osadzono w tym obrazie odznaki; sam obraz nie jest podpisany, tylko poświadczenie w nim.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>Na obrazie nie znaleziono kodu QR; spróbuj ostrzejszego, prostszego zdjęcia.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>Obraz pokazuje różne kody QR (liczba: {count}), więc nie da się ustalić, który należy do certyfikatu: fotografuj po jednym.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>PDF nie zawiera podpisanego poświadczenia, więc nic w nim nie można sprawdzić; certyfikaty Badgesmith je zawierają. Aby sprawdzić jego kod QR, zeskanuj go albo zweryfikuj jego zdjęcie.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>PDF nie ma pieczęci: został ponownie zapisany przez inny program albo utworzony, zanim Badgesmith zaczął pieczętować certyfikaty, więc nie można ręczyć za jego stronę (zawarte w nim poświadczenie sprawdzono powyżej). Jeśli certyfikat jest Twój, wyeksportuj go ponownie na stronie Poświadczenia.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>PDF zmieniono po utworzeniu: jego pieczęć nie zgadza się z plikiem, więc strona może pokazywać coś innego niż to, co podpisano.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>Plik jest dokładnie taki, jakim utworzył go Badgesmith tego obszaru roboczego (zapieczętowany kluczem poświadczenia), więc jego strona pokazuje to, co podpisano.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>Plik jest dokładnie taki, jakim wystawca zapieczętował go kluczem, który podpisał poświadczenie: nikt go od tamtej pory nie zmienił. To, co pokazuje strona, pochodzi od samego wystawcy; porównaj to z danymi powyżej.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>Brak wydrukowanego kodu QR lub nie da się go odczytać.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>Na stronie jest więcej niż jeden kod QR, więc nie da się ustalić, który należy do certyfikatu.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>Kod QR: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>Wydrukowany kod QR nie zgadza się z osadzonym poświadczeniem.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>Kod QR nie zgadza się z osadzonym poświadczeniem: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>Kod QR zgadza się z osadzonym poświadczeniem.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>Hasło klucza jest nieprawidłowe: nie udało się odblokować klucza podpisu.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>imię i nazwisko uczestnika</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>nazwa osiągnięcia</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>nazwa organizacji</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>data przyznania</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>data wygaśnięcia (pusta, jeśli nie wygasa)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>publiczny link weryfikacji (pusty bez strony weryfikacji)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>link „Dodaj do profilu” w LinkedIn</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>identyfikator poświadczenia</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>Długość komentarza (w znakach): {count}; komentarz rekomendacji może mieć najwyżej {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>Rekomendacja byłaby ważna do {day}, a ten dzień już minął: wybierz dzień od dzisiaj.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>Rekomendacja wygasłaby, zanim zacznie obowiązywać.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>Plik {file} jest większy, niż kiedykolwiek bywa prośba o rekomendację (najwyżej {limit} MB).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>Plik {file} nie jest prośbą o rekomendację: nie jest plikiem tekstowym (JSON w UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>Plik {file} nie jest prośbą o rekomendację: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>Plik {file} jest poświadczeniem, a nie prośbą o rekomendację: otwórz plik prośby przesłany przez organizatora.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>Plik {file} nie jest prośbą o rekomendację z Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>Plik {file} jest prośbą o rekomendację innego rodzaju (wersja {version}); ta wersja Badgesmith odczytuje wersję {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>Plik {file} nie podaje identyfikatora osiągnięcia, więc nie ma czego rekomendować.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>Plik {file} nie wskazuje żadnego osiągnięcia.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>Plik {file} nie podaje, kto przyznaje osiągnięcie.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>identyfikacja uczestnika</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>kraj lub region wystawcy</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>podmiot przyznający</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>data wydania</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>efekty uczenia się</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>szacunkowy nakład pracy</translation>
    </message>
    <message>
        <source>level</source>
        <translation>poziom</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>rodzaj oceny</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>forma udziału</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>rodzaj zapewniania jakości</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>wymagania wstępne</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>nadzór i weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>uzyskana ocena</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>integracja lub łączenie</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>dodatkowe informacje</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>Mikropoświadczenie UE: komplet obowiązkowych elementów ({total})</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>Mikropoświadczenie UE: {present} z {total} obowiązkowych elementów — brakuje: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Ten obszar roboczy nie ma jeszcze klucza podpisu: najpierw skonfiguruj wystawcę.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Ten obszar roboczy nie ma jeszcze wystawcy; najpierw go skonfiguruj.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} to osiągnięcie tego obszaru roboczego: rekomendacja pochodzi od kogoś innego — pracodawcy lub organizacji zawodowej — z ich własnego Badgesmith.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>Plik {file} nie zawiera czytelnej rekomendacji: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>Plik {file} jest prośbą o rekomendację, a nie rekomendacją: wyślij go rekomendującemu, który podpisze go w swoim Badgesmith (Plik ▸ Zarekomenduj osiągnięcie… lub badgesmith endorse), i dodaj to, co odeśle.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>Plik {file} nie jest rekomendacją (EndorsementCredential w standardzie Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>Nie dodano pliku {file}: jest podpisany kluczem {fingerprint}, który nie został zaimportowany jako zaufany. Każdy może podpisać się dowolną nazwą: zaimportuj wizytówkę wystawcy rekomendującego (Ustawienia ▸ Zaufani wystawcy), porównaj jej odcisk klucza z tym, który poda rekomendujący, i dodaj rekomendację ponownie.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>Nie dodano pliku {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>Nie dodano pliku {file}: podpisana treść nie wskazuje identyfikatora, rekomendującego ani rekomendowanego osiągnięcia.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>Nie dodano pliku {file}: jest podpisany kluczem tego obszaru roboczego, a rekomendacja musi pochodzić od kogoś innego.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>Nie dodano pliku {file}: długość nazwy rekomendującego (w znakach) to {count}; Badgesmith przechowuje nazwy o długości najwyżej {limit}.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Ta rekomendacja została już dodana.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>Nie dodano pliku {file}: ta wersja zawiera już maksymalną liczbę rekomendacji, jaką może zawierać poświadczenie ({count}). Najpierw usuń rekomendację, która nie ma już znaczenia.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>Nie dodano pliku {file}: sam w sobie przechodzi weryfikację, ale poświadczenia tej wersji nie mogłyby go zawierać: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>Nie ma osiągnięcia o identyfikatorze {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>Nie dodano pliku {file}: dotyczy {subject}, co nie jest wersją osiągnięcia {achievement} (ani żadnym osiągnięciem tego obszaru roboczego).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>Nie dodano pliku {file}: dotyczy osiągnięcia {other}, a nie {achievement}. Dodaj go do osiągnięcia {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Dla wersji {number}, wcześniejszej: poświadczenia bieżącej wersji jej nie zawierają (przyznają osiągnięcie o innym identyfikatorze). Poproś rekomendującego ({endorser}) o rekomendację bieżącej wersji.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Wygasła {day}: nowe poświadczenia już jej nie zawierają.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Ważna: zawierają ją poświadczenia, które od teraz wystawisz dla wersji {number}.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Tej rekomendacji nie ma w tym obszarze roboczym.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>Dla roku {year} nie ma danych: wybierz rok od {first} do {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>Dane osobowe uczestnika zostały usunięte: poświadczenia nie można odnowić.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>Zostało już unieważnione lub odnowione.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>Uczestnik nie należy już do grupy, w ramach której wystawiono poświadczenie.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Ktoś inny właśnie wystawia poświadczenia dla tej grupy; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Z Twojego konta trwa wystawianie poświadczeń dla tej grupy od {since}, w innym oknie lub programie; spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>Użytkownik {person} wystawia poświadczenia dla tej grupy od {since}; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>Skopiowano obszar roboczy z folderu {folder} do wspólnej bazy danych {where}: wiersze: {rows}, tabele: {tables}, czas: {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>Sprawdzono w {seconds} s: każda tabela ma tyle wierszy co wcześniej; zdarzenia dziennika audytu ({events}) przechodzą weryfikację; poświadczenia zweryfikowane jako wystawione: {verified} z {credentials} ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Poświadczenia, które nie przechodziły weryfikacji już w starym obszarze roboczym i nadal jej nie przechodzą: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>Stary plik obszaru roboczego zachowano jako {kept}. Folder {folder} jest teraz częścią wspólnego obszaru roboczego na tym komputerze: pozostają w nim certyfikaty i wersje robocze.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>Inni łączą się poleceniem: badgesmith --database {where} (najpierw dodaj ich poleceniem badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>Folder {folder} jest już lokalną częścią wspólnego obszaru roboczego: nie ma czego przenosić.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>W folderze {folder} nie ma obszaru roboczego do przeniesienia.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>Dziennik audytu tego obszaru roboczego jest już uszkodzony ({problem}); niczego nie skopiowano. Sprawdź go poleceniem badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>Baza danych {where} nie jest pusta (liczba tabel: {n}, np. {names}); migrate-to kopiuje obszar roboczy tylko do pustej bazy danych. Utwórz nową (np. createdb badgesmith) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>W międzyczasie ktoś zaczął używać bazy danych {where}; niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Inny program zapisuje dane w obszarze roboczym w folderze {folder}; zamknij tam Badgesmith i spróbuj ponownie. Niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>Kopia nie zawiera tych samych wierszy co obszar roboczy: {tables}; niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>Dziennik audytu nie przechodzi weryfikacji w kopii ({problem}); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Poświadczenia, które przechodzą weryfikację w obszarze roboczym, ale nie w kopii w {where}: {n} (np. {ids}); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>prowadzący</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>wystawca</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Wymaga to roli prowadzącego; Twoje konto ({user}) nie ma żadnej roli w Badgesmith. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>Wystawianie i unieważnianie poświadczeń oraz zmiana osiągnięć wymagają roli wystawcy; zalogowano Cię ({user}) jako {role}. Zwróć się do administratora lub wystawcy.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Wymaga to roli administratora; zalogowano Cię ({user}) jako {role}. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>Wspólna baza danych odrzuciła tę zmianę: Twoja rola na to nie pozwala. Niczego nie zapisano. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Tekst jest dłuższy, niż może pomieścić wspólna baza danych; nic nie zapisano. Skróć go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Ktoś inny zmienił te same dane w tej samej chwili; niczego nie zapisano. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>Połączenie ze wspólną bazą danych zostało przerwane; tej zmiany nie zapisano. Sprawdź sieć i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Nie można usunąć własnego konta; może to zrobić inny administrator.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Użytkownicy i role należą do wspólnej bazy danych; ten obszar roboczy jest tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Ktoś zmienił wspólny obszar roboczy podczas sprawdzania kopii zapasowej; niczego nie przywrócono. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Wpisz adres wspólnej bazy danych, np. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>Adres bazy danych jest dłuższy niż {n} znaków.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>Adres wspólnej bazy danych zaczyna się od postgresql:// (np. postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>To nie jest adres bazy danych: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Adres nie wskazuje bazy danych: dodaj ją po nazwie serwera, np. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>Wspólna baza danych wymaga aktualizacji do tej wersji Badgesmith; administrator przeprowadzi ją, logując się raz w tej wersji.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>Twoje konto bazy danych {user} nie ma roli w Badgesmith: poproś administratora o dodanie Cię.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>„{name}” nie może być nazwą użytkownika: użyj małych liter, cyfr, &apos;.&apos;, &apos;-&apos; lub &apos;_&apos;, najwyżej 63 znaków, zaczynając od litery.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>Nazwa „{name}” jest zarezerwowana przez bazę danych; wybierz inną nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Nadaj nowemu użytkownikowi hasło o długości co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Konto bazy danych o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>Tabele bazy danych nie odpowiadają tej wersji Badgesmith ({tables}); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Wiersza tabeli {table} nie można zapisać w docelowej bazie danych ({reason}); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>Inne osoby pracują właśnie we wspólnym obszarze roboczym; niczego nie zmieniono. Spróbuj ponownie, gdy zamkną Badgesmith lub skończą to, co robią.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Tylko konto bazy danych będące właścicielem tabel wspólnego obszaru roboczego ({owner}) może skopiować do niego cały obszar roboczy: przenoszony dziennik audytu został zapisany w imieniu innych osób. Zaloguj się jako {owner} i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>Skopiowane wiersze naruszają reguły bazy danych ({reason}); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>Nie udało się odtworzyć kluczy i indeksów bazy danych w pierwotnej postaci; niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>W folderze {folder} jest obszar roboczy tego komputera; wybierz inny folder na pliki wspólnego obszaru (albo skopiuj ten obszar do wspólnej bazy danych poleceniem migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>Nie udało się skonfigurować wspólnej bazy danych {where}: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>Wspólna baza danych {where} nie przyjęła nazwy użytkownika i hasła. Sprawdź je i zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>Twoje konto nie może już logować się do wspólnej bazy danych {where}; zwróć się do administratora.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>Baza danych podana w {where} nie istnieje; poproś administratora o prawidłowy adres.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>Nie można połączyć się ze wspólną bazą danych {where}: {reason}.</translation>
    </message>
</context>
</TS>
