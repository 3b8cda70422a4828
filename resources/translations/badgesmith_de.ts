<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Teilnahme (jedes Pflichtkriterium erfüllt)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Punktzahl (Summe erreicht die Bestehensgrenze)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Bewertungsraster (jedes Pflichtkriterium auf seiner Stufe)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Wie der Abschluss erworben wird (Markdown: **fett**, *kursiv*, - Listen)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>für Abschlüsse mit Punktzahl</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>durch Kommas getrennt, z. B. Erste Hilfe, Arbeitsschutz</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>z. B. PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>z. B. de, de-AT</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>z. B. 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Erwerb des Abschlusses</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Kriterien (Beschreibung)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Vergaberegel</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Zuordnungen (Rahmenwerke und Standards, denen er entspricht)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Leistungspunkte</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Versionsbezeichnung</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Zertifikatsvorlage</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> Monat</numerusform>
            <numerusform> Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Bestehensgrenze: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>Leistungspunkte: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Ausbildungsabschluss</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Kurzstudienabschluss</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Auszeichnung</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Bachelorabschluss</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Ehrenamtliches Engagement</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Außerschulische Aktivität</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Akademischer Grad</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Praxiseinsatz</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Schulabschluss-Äquivalent (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Gesellenbrief</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Lernprogramm</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Berufspraktische Promotion</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Qualitätssicherungsnachweis</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Meisterbrief</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Masterabschluss</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Mikro-Credential</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Forschungspromotion</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Schulabschluss</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (Lernpfad) (archiviert)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (Lernpfad)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Neuer Abschluss</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Noch keine Abschlüsse. Klicken Sie auf „Neuer Abschluss“, um festzulegen, was Sie bescheinigen.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Einen Abschluss ausblenden, den Sie nicht mehr vergeben: Seine Kurse und Nachweise bleiben erhalten und lassen sich weiter prüfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>Neuer Abschluss</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}: %n ausgestellt</numerusform>
            <numerusform>v{number}: %n ausgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>Ausgestellte Nachweise je Version — {versions}. Beim Speichern von Änderungen entsteht eine neue Version; ausgestellte Nachweise behalten die alte.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Ausgestellte Nachweise je Version — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Abschluss archivieren</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>„{name}“ archiviert.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Archivieren von „{name}“ rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>„{name}“ zurückgeholt.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n Kurs</numerusform>
            <numerusform>%n Kurse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} und {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>„{name}“ archivieren? Der Abschluss verschwindet aus der Liste und kann für neue Kurse nicht mehr gewählt werden. Mit „Archivierte anzeigen“ können Sie ihn zurückholen.</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>„{name}“ archivieren? Der Abschluss verschwindet aus der Liste und kann für neue Kurse nicht mehr gewählt werden. Seine {kept} bleiben erhalten und lassen sich weiter prüfen. Mit „Archivierte anzeigen“ können Sie ihn zurückholen.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>Beim Speichern entsteht eine neue Version dieses Abschlusses. Die Befürwortung durch {endorsers} gilt für die Version, wie sie jetzt ist; Nachweise, die Sie ab jetzt ausstellen, enthalten sie daher nicht. Bitten Sie den Befürworter, die neue Version zu befürworten.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Abschluss speichern</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Punktzahl {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Stufe: {levels} (erforderlich: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Stufe: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Eingabe: ja / bestanden / anwesend oder nein / nicht bestanden / abwesend</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Nicht eingeschrieben.</translation>
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
            <numerusform>{learner}: „{text}“ wurde nicht gespeichert — {reason} (%n rot markierter Wert ist nicht gespeichert)</numerusform>
            <numerusform>{learner}: „{text}“ wurde nicht gespeichert — {reason} (%n rot markierte Werte sind nicht gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: „{text}“ wurde nicht gespeichert — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>Beleg für {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} für {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ berechtigt</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Berechtigt für den Nachweis.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (optional)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Belegnotiz</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Beleglink</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Sichern Sie jetzt Ihren Signaturschlüssel</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Geht dieser Computer verloren, können Sie nur mit einer Schlüsselsicherung weiter Nachweise ausstellen, die als Ihre erkannt werden.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>Die Sicherungsdatei ist mit Ihrer Passphrase verschlüsselt. Bewahren Sie sie nicht auf diesem Computer auf, sondern z. B. auf einem USB-Stick in einer Schublade oder im sicheren Speicher Ihrer Organisation. Wer die Datei und die Passphrase hat, kann in Ihrem Namen signieren.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Signaturschlüssel sichern…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Schlüsselsicherung speichern</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-schluesselsicherung.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Schlüsselsicherung (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Gespeichert unter {file}. Bewahren Sie sie sicher auf, getrennt von diesem Computer.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Passphrase des Schlüssels ändern</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Alle Schlüssel (aktuelle und stillgelegte) werden neu verschlüsselt. Frühere Schlüsselsicherungen behalten die alte Passphrase.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Erneut eingeben</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe ein.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>Wo werden Sie arbeiten?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith speichert seine Daten auf diesem Computer oder auf einem Datenbankserver, den sich mehrere Personen teilen.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Eine gemeinsame Datenbank (Bildungseinrichtung)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Für eine Lehrkraft oder ein kleines Team an einem Computer: Alles liegt in einem Ordner, und als Nächstes legen Sie fest, wer die Nachweise vergibt.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Für mehrere Lehrkräfte, jede an ihrem eigenen Computer, mit einem gemeinsamen Datenbestand: Sie melden sich am Datenbankserver Ihrer Bildungseinrichtung an. Wer sich als Erstes mit einer neuen Datenbank verbindet, richtet sie ein.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>z. B. Erste Hilfe — Mai 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Abschluss *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Legen Sie zuerst einen Abschluss an (Seite „Abschlüsse“): Ein Kurs führt zu einem Abschluss.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Wählen Sie den Abschluss, zu dem dieser Kurs führt.</translation>
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
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Neuer Kurs…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Teilnehmende einschreiben…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Ergebnisse importieren…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Ergebnisse für diesen Kurs aus einer CSV- oder Excel-Datei erfassen</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Die Ergebnisse dieses Kurses als CSV-Datei speichern (kann gefahrlos in einer Tabellenkalkulation geöffnet werden)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Kurs löschen…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Einen Kurs löschen, für den noch kein Nachweis ausgestellt wurde (bis zum Beenden von Badgesmith rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Aus Kurs entfernen…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Die ausgewählte Person mit ihren Ergebnissen aus diesem Kurs nehmen (bis zum Beenden von Badgesmith rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Noch keine Kurse. Ein Kurs ist ein Durchgang eines Lehrgangs oder einer Veranstaltung: Legen Sie einen an, schreiben Sie Teilnehmende ein und erfassen Sie ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Bewertungsraster: Teilnehmende nach Kriterien</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Geben Sie einen Wert ein und drücken Sie Tab (nächstes Kriterium) oder Eingabe (nächste Person); jede Zelle wird beim Tippen gespeichert. Zeigen Sie auf eine Spaltenüberschrift, um zu sehen, was sie annimmt. Strg+Z macht rückgängig, Strg+Umschalt+Z wiederholt.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Diesen Kurs löschen (bis zum Beenden von Badgesmith rückgängig zu machen)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>Für diesen Kurs wurden Nachweise ausgestellt, die auf ihn zurückführbar bleiben: Er kann nicht gelöscht werden. Archivieren Sie seinen Abschluss, um ihn nicht mehr anzubieten.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Abschluss: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Kursleitung: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>Was die Person geleistet hat, z. B. ruhig und methodisch im Reanimationsszenario</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… Link zu einem Foto, Video oder Dokument (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Beleg für {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n von {total} berechtigt</numerusform>
            <numerusform>%n von {total} berechtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>Noch niemand eingeschrieben: Verwenden Sie „Teilnehmende einschreiben…“.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} Ergebnisse.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Ergebnisse von {cohort} gespeichert unter {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Den Kurs {cohort} mit seiner %n Einschreibung und deren Ergebnissen löschen? Die Teilnehmenden bleiben erhalten. Bis zum Beenden von Badgesmith können Sie dies rückgängig machen.</numerusform>
            <numerusform>Den Kurs {cohort} mit seinen %n Einschreibungen und deren Ergebnissen löschen? Die Teilnehmenden bleiben erhalten. Bis zum Beenden von Badgesmith können Sie dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Kurs löschen</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Kurs „{cohort}“ gelöscht.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Löschen des Kurses „{cohort}“ rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Wählen Sie zuerst eine Person in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Aus Kurs entfernen</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>{learner} mit allen Ergebnissen und Belegen aus {cohort} entfernen? Die Person bleibt in Ihrer Teilnehmerliste. Bis zum Beenden von Badgesmith können Sie dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>{learner} aus dem Kurs „{cohort}“ entfernt.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Entfernen von {learner} aus dem Kurs „{cohort}“ rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Die gemeinsame Datenbank {where} wurde noch nicht eingerichtet, und dafür ist die Rolle „Administrator“ nötig. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Mit gemeinsamer Datenbank verbinden</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Mehrere Personen arbeiten an einem gemeinsamen Datenbestand: Jede meldet sich unter dem eigenen Namen an, und ihre Rolle bestimmt, was sie tun darf.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>z. B. db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>z. B. badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>Ihr Anmeldename, z. B. anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Ordner für Dateien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>Diese Angaben erhalten Sie von Ihrem Administrator. Badgesmith speichert Ihr Passwort nie: Es fragt danach, wenn Sie den Arbeitsbereich erneut öffnen.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Dateien auf diesem Computer</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>Die Daten (Teilnehmende, Ergebnisse, Nachweise) liegen in der Datenbank; Zertifikate und E-Mail-Entwürfe werden in diesen Ordner geschrieben.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Ordner für die Dateien des gemeinsamen Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— keines —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Tippen, um ein Land zu suchen</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — zu prüfen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Nachweis-ID</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Nachweise suchen</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Nach Name, E-Mail oder Nachweis-ID suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Ausgestellt zwischen</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Ausgestellte Nachweise</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>Keine Zertifikatsdatei zu diesem Nachweis.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>Das Zertifikat, wie es ausgestellt wurde. Entsperren Sie den Signaturschlüssel, um es so zu sehen, wie „Neu exportieren“ es jetzt schreiben würde.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>Der Nachweis wie signiert (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>Nachweis (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Nach Prüfung behalten</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>Sie haben diesen markierten Nachweis geprüft und behalten ihn unverändert: Die Markierung verschwindet, und das Protokoll vermerkt Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>Neu exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>Die ausgewählten Zertifikate drucken (Strg+Klick wählt mehrere); widerrufene werden nie gedruckt</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Website veröffentlichen…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Prüfseite, Statuslisten und Ausstellerprofil in Ihren Veröffentlichungsordner schreiben (Einstellungen ▸ Veröffentlichen), um sie nach einem Widerruf hochzuladen.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Alle Abschlüsse</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Noch keine Nachweise ausgestellt: Stellen Sie welche auf der Seite „Ausstellen“ aus.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} von {total} ausgestellten angezeigt</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Wählen Sie einen Nachweis aus, um ihn anzuzeigen.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} am {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Status: {status} · verliehen am {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>Zu prüfen: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>Die personenbezogenen Daten wurden gelöscht: Es wird kein Zertifikat aufbewahrt. Der Nachweis lässt sich weiterhin prüfen und widerrufen.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Zertifikat wird geladen…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>Zu diesem Nachweis wird keine Zertifikatsdatei aufbewahrt.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>Die Zertifikatsdatei liegt nicht mehr dort, wo sie gespeichert wurde; erstellen Sie mit „Neu exportieren“ eine neue Kopie.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>{achievement} von {learner} unverändert behalten? Der Nachweis bleibt gültig, die Prüfmarkierung verschwindet, und das Protokoll vermerkt Ihre Entscheidung. (Um ihn stattdessen zurückzuziehen, verwenden Sie „Widerrufen…“.)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>Den Nachweis von {learner} ({achievement}) reaktivieren? Er wurde widerrufen mit der Begründung: {reason}. Nach der Reaktivierung gilt er bei der Prüfung wieder als gültig.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>keine Begründung erfasst</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Nachweis reaktivieren</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Zum Reaktivieren wird die Passphrase Ihres Signaturschlüssels benötigt.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>In Ordner neu exportieren</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Geschrieben: {first} und {second} in {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>Beim Neuexport wird ein neuer QR-Code mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Laden Sie die Änderungen auf Ihre Website hoch.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Rasterstufe</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Bestanden / anwesend</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Erforderliche Stufe</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Stufen des ausgewählten Kriteriums (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Stufe {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Kriterium „{name}“: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>Der Prüflink jeder Person wird mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Senden Sie allen Teilnehmenden Zertifikat (PDF), Nachweis (JSON) und Badge (PNG) über Ihr eigenes E-Mail-Konto, oder speichern Sie die Nachrichten als Entwürfe, um sie aus Ihrem E-Mail-Programm zu senden. Niemand erhält denselben Nachweis zweimal; widerrufene Nachweise werden nie versendet.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>E-Mail-Konto…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Nachricht…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Postausgang: wer was erhalten hat</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>LinkedIn-Link kopieren</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Paketordner öffnen</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Stattdessen Entwürfe speichern…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n ausgestellt)</numerusform>
            <numerusform>{cohort}  (%n ausgestellt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>Versand als {address} über {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Noch kein E-Mail-Konto: Richten Sie eines unter „E-Mail-Konto…“ ein oder speichern Sie stattdessen Entwürfe.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n gültiger Nachweis</numerusform>
            <numerusform>%n gültige Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n zu senden</numerusform>
            <numerusform>%n zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (wird mit den übrigen erneut gesendet)</numerusform>
            <numerusform>%n fehlgeschlagen (werden mit den übrigen erneut gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n ohne E-Mail-Adresse</numerusform>
            <numerusform>%n ohne E-Mail-Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>In diesem Kurs gibt es noch keine gültigen Nachweise: Stellen Sie sie zuerst aus.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>An %n Person senden</numerusform>
            <numerusform>An %n Personen senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Versand abgeschlossen</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Versand angehalten</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Versand an {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Pakete und Entwürfe speichern in</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n von {total} Teilnehmenden hat bereits eine E-Mail erhalten. Auch für diese Person einen Entwurf schreiben? (Wird der Entwurf gesendet, erhält sie eine zweite Kopie.)</numerusform>
            <numerusform>%n von {total} Teilnehmenden haben bereits eine E-Mail erhalten. Auch für sie Entwürfe schreiben? (Wird ein Entwurf gesendet, erhalten sie eine zweite Kopie.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Öffnen Sie jede .eml-Datei in Ihrem E-Mail-Programm, um sie zu senden.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Entwürfe gespeichert</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Pakete und Entwürfe werden gespeichert…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>LinkedIn-Link von {learner} kopiert:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>LinkedIn-Link</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>Datei zum Prüfen wählen</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Legen Sie hier ein Zertifikat oder eine Leistungsübersicht als PDF, einen Nachweis oder eine Leistungsübersicht als JSON oder ein Foto des QR-Codes ab, oder klicken Sie, um eine Datei zu wählen</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Abschluss befürworten</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Ein anderer Anbieter hat Ihnen eine Befürwortungsanfrage für einen seiner Abschlüsse geschickt. Ihre Befürwortung wird mit Ihrem Schlüssel und unter Ihrem Ausstellernamen signiert; der Anbieter fügt sie dem Abschluss hinzu, und die Nachweise, die er ausstellt, enthalten sie.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Anfrage auswählen…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Noch keine Anfrage ausgewählt.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>Was Sie dazu sagen, z. B. warum Ihre Mitglieder ihn schätzen (optional)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Signieren und speichern…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Befürwortungsanfrage auswählen</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, verliehen von {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>Der Kommentar ist %n Zeichen lang; höchstens {limit} sind möglich.</numerusform>
            <numerusform>Der Kommentar ist %n Zeichen lang; höchstens {limit} sind möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>Zum Signieren einer Befürwortung wird die Passphrase Ihres Signaturschlüssels benötigt.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - Befürwortung.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Signierte Befürwortung speichern</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>Ihre Befürwortung von {achievement} wurde in {file} gespeichert. Senden Sie sie an {provider}, zusammen mit Ihrer Ausstellerkarte (Einstellungen ▸ Signaturschlüssel ▸ Ausstellerkarte exportieren…), falls sie dort noch nicht vorliegt.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Für frühere Version {number}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Befürworter</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Befürwortungen</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Befürwortungsanfrage exportieren…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Eine Datei mit dieser Version des Abschlusses, die ein Arbeitgeber oder Berufsverband in seinem Badgesmith signiert</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Befürwortung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Speichern Sie zuerst den Abschluss: Eine Befürwortung bürgt für ihn in der gespeicherten Fassung.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Noch keine Befürwortungen. Exportieren Sie eine Anfrage und senden Sie sie an einen Arbeitgeber oder Berufsverband; fügen Sie dann die Befürwortung hinzu, die dort signiert und zurückgeschickt wird. Danach ausgestellte Nachweise enthalten sie.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Jede Befürwortung bürgt für eine Version: Bitten Sie nach einer Änderung, die eine neue Version erzeugt, um eine neue Befürwortung. Bereits ausgestellte Nachweise behalten ihre.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - Befürwortungsanfrage.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Befürwortungsanfrage exportieren</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>{file} wurde gespeichert. Senden Sie die Datei an den Arbeitgeber oder Berufsverband: Dort wird sie in Badgesmith signiert (Datei ▸ Abschluss befürworten…), und Sie erhalten die Befürwortung zurück, um sie hier hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Befürwortung hinzufügen</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>Die Befürwortung von {endorser} wurde hinzugefügt. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>Die Befürwortung von {endorser} entfernen? Ab jetzt ausgestellte Nachweise enthalten sie nicht mehr; bereits ausgestellte behalten sie.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Befürwortung entfernen</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Teilnehmende in {cohort} einschreiben</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Teilnehmende auswählen (Strg+Klick oder Umschalt+Klick für mehrere, Strg+A für alle angezeigten):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Ausgewählte einschreiben</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Wählen Sie mindestens eine Person aus.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Mir ist klar, dass die Daten von {name} nicht wiederhergestellt werden können</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Zugriff verweigert: {file}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
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
        <translation>Ein interner Fehler hat den Vorgang abgebrochen ({error}); es wurde nichts unvollständig geschrieben. Die Einzelheiten stehen im Protokoll in {folder}; bitte melden Sie den Fehler.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what}: Es gibt nicht gespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what}: Es gibt Änderungen, die nicht gespeichert werden können: {reason} Verwerfen?</translation>
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
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Kombiniert (online und in Präsenz)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Ohne Aufsicht</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Mit Aufsicht, ohne Identitätsprüfung</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Mit Aufsicht und Identitätsprüfung</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Eigenständig</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Kombinierbar</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>EU-Microcredential</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Eines pro Zeile: was eine Person danach kann</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Veranschlagter Arbeitsaufwand (Stunden)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Europäischer Qualifikationsrahmen (EQR)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Niveau: Qualifikationsrahmen</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>EQR oder Ihr nationaler Qualifikationsrahmen</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Niveau im Qualifikationsrahmen</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>z. B. 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>Ein Niveau entfällt</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>z. B. Schriftlicher Test und eine praktische Aufgabe unter Beobachtung einer bewertenden Person</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>z. B. Interne Zweitbewertung der Ergebnisse; der Lehrgang wird jährlich überprüft</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Einbindung</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Anrechenbar auf</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>eine Webadresse oder ein Satz</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>ECTS-Punkte: im Feld „Leistungspunkte“ oben</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>anrechenbar auf</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>Die lernende Person, der Titel, das Ausstellungsdatum und die Vergabestelle kommen aus dem jeweiligen Nachweis, das Land der Vergabestelle aus Einstellungen ▸ Ausstellerprofil.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Lernergebnisse</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Art der Bewertung</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Form der Teilnahme</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Art der Qualitätssicherung</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Optional:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Aufsicht und Identitätsprüfung</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— keine Angabe —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Elemente ausblenden</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Elemente einblenden</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>Nachweis, auf den er angerechnet wird</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln Nachweis läuft innerhalb von {period} ab.</numerusform>
            <numerusform>%Ln Nachweise laufen innerhalb von {period} ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Anzeigen</numerusform>
            <numerusform>Anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Eine CSV- oder Excel-Datei (.xlsx) mit einer Person pro Zeile. Importiert wird erst, wenn Sie auf der letzten Seite bestätigen.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Pfad zu einer .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Teilnehmende importieren</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Willkommen bei Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>Es konnte kein Dateimanager geöffnet werden. Der Ordner ist:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Badgesmith-Handbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>Das Handbuch fehlt in dieser Installation: Installieren Sie Badgesmith neu.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Hintergrund wählen…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Kein Hintergrund</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Hintergrund wählen</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Unterschrift wählen…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Unterschrift</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Unterschrift wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(keine Vorschau möglich)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n Zeile, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n Zeilen, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n Zeile. {summary}.</numerusform>
            <numerusform>✓ {file}: %n Zeilen. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Wird importiert</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Fehler</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Schon im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Teilnehmernummer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Von Hand korrigiert.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Ergebnisse importieren — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Eine CSV- oder Excel-Datei mit einer Spalte pro Kriterium</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Ergebnisse erfassen</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Jede Zeile nennt die Person per E-Mail, Teilnehmernummer oder Name; die Spalten heißen wie die Kriterien (dazu optional Prüfer, Datum, Bemerkungen und Beleg-URL). Erfasst wird erst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Drücken Sie die Eingabetaste, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Alle Zeilen sind in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis erfassen</numerusform>
            <numerusform>%n Ergebnisse erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} Es wurde nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Wie im Design des Abschlusses</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Keine (eine Sprache)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Teilnehmende und ob ihnen ein Nachweis ausgestellt werden kann</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Wählen Sie eine Person aus, um ihr Zertifikat in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Ordner für die Zertifikate</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Erneut an bereits Ausgestellte ausstellen (Erneuerung; Vergabedatum bleibt)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Ausgewählte erneuern…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Nur für die ausgewählten Personen erneut ausstellen (z. B. nach einer Wiederholungsprüfung oder als Ersatz für einen widerrufenen Nachweis); Strg+Klick wählt mehrere</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Die Druckdatei des Kurses drucken: alle aktiven Zertifikate im Ausgabeordner (widerrufene werden nie gedruckt)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Sprache des Zertifikats</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Vorschau (nicht signiert; das ausgestellte Zertifikat trägt den QR-Code Ihres Schlüssels):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Nachweise ausstellen</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n Person)</numerusform>
            <numerusform>{cohort}  (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (Lernpfad: auswählen, um zu sehen, wer ihn abgeschlossen hat)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Noch keine Kurse: Legen Sie einen auf der Seite „Kurse &amp; Bewertung“ an.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Noch keine Vorschau vorhanden.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>In diesem Kurs ist niemand eingeschrieben.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. Sie können trotzdem ausstellen: Die Nachweise enthalten diese Elemente dann nicht. Ergänzen Sie sie auf der Seite „Abschlüsse“.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n bereit zum Ausstellen</numerusform>
            <numerusform>%n bereit zum Ausstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n bereits ausgestellt</numerusform>
            <numerusform>%n bereits ausgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n nicht berechtigt</numerusform>
            <numerusform>%n nicht berechtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n widerrufen (wird nie mit den anderen erneuert)</numerusform>
            <numerusform>%n widerrufen (werden nie mit den anderen erneuert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis ausstellen</numerusform>
            <numerusform>%n Nachweise ausstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Ausgewählte erneuern (%n)…</numerusform>
            <numerusform>Ausgewählte erneuern (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>Beim Ausstellen wird jeder Nachweis mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>Der Nachweis {credential} von {learner} wurde widerrufen. Beim Erneuern wird ein neuer, gültiger Nachweis ausgestellt; der widerrufene bleibt widerrufen und wird bei Prüfungen weiterhin so angezeigt. Erneuern?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>{learner} einen neuen Nachweis ausstellen? Er ersetzt {credential}, der dann bei der Prüfung als durch einen neueren ersetzt gilt; das Vergabedatum bleibt, und die alten Dateien werden in den Ordner „replaced“ im Ausgabeordner verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>%n Person einen neuen Nachweis ausstellen: {names}? Er ersetzt den bisherigen Nachweis, der dann bei der Prüfung als durch einen neueren ersetzt gilt; das Vergabedatum bleibt, und die alten Dateien werden in den Ordner „replaced“ im Ausgabeordner verschoben.</numerusform>
            <numerusform>%n Personen neue Nachweise ausstellen: {names}? Jeder ersetzt den bisherigen Nachweis der Person, der dann bei der Prüfung als durch einen neueren ersetzt gilt; die Vergabedaten bleiben, und die alten Dateien werden in den Ordner „replaced“ im Ausgabeordner verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Widerrufen: {names}. Alle erhalten einen neuen, gültigen Nachweis; der widerrufene bleibt widerrufen und wird bei Prüfungen weiterhin so angezeigt.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Ausgelassen: {names} (noch nicht ausgestellt, nicht berechtigt oder der Name kann nicht gedruckt werden).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Nachweis erneuern</numerusform>
            <numerusform>Nachweise erneuern</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Ausstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Wird bereits ausgestellt</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Nachweise für {cohort} werden ausgestellt…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere Person</numerusform>
            <numerusform>{names} und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Ausgestellt — zu prüfen</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Bereits ausgestellt</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Name nicht druckbar</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Bereit zum Ausstellen</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>Bei der Erneuerung übersprungen: Wählen Sie die Person aus und verwenden Sie „Ausgewählte erneuern“.</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Ein Nachweis, auf dem er beruht, wurde widerrufen: Behalten oder widerrufen Sie ihn auf der Seite „Nachweise“.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>Ausstellen abgeschlossen</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Ausstellen angehalten</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Ausgestellt: {issued} · übersprungen: {skipped} · fehlgeschlagen: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Abgebrochen: Die als ausgestellt gezählten Nachweise sind vollständig. Stellen Sie erneut aus, um den Rest abzuschließen; niemand erhält einen doppelten Nachweis.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>Druckfertiges PDF: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n widerrufenes Zertifikat ist nicht in der Druckdatei.</numerusform>
            <numerusform>%n widerrufene Zertifikate sind nicht in der Druckdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>mit einem früheren Design oder einer früheren Version erstellt</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>widerrufen, nicht in der Druckdatei</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>z. B. 1337 (optional)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>z. B. Bayern, Tirol (optional)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>Nachweise nennen das Land (und die Region), aus dem Sie sie verleihen: Ein EU-Microcredential braucht diese Angabe.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>Zertifikate, Nachrichten an Teilnehmende und die Prüfseite sind in dieser Sprache, sofern ein Abschluss oder ein Kurs keine andere wählt.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>Wo Zertifikate online geprüft werden (Prüfseite, Statusliste, Ihre Domain), legen Sie im Register „Veröffentlichen“ fest.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>LinkedIn-Organisations-ID</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>Die Nummer in der Admin-Adresse Ihrer LinkedIn-Unternehmensseite: Die Links „Zum Profil hinzufügen“ der Teilnehmenden zeigen dann Ihre Organisation mit Logo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>Ausstellerprofil</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>Das Ausstellerprofil ist gespeichert. Ab jetzt ausgestellte Nachweise enthalten es.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Schützen Sie Ihren Signaturschlüssel</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmith erzeugt einen neuen Signaturschlüssel und speichert ihn mit dieser Passphrase verschlüsselt. Sie geben sie ein, wenn Sie Nachweise ausstellen oder widerrufen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Erneut eingeben</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Mindestens %Ln Zeichen; ein kurzer Satz ist leicht zu merken und schwer zu erraten. Niemand kann sie für Sie wiederherstellen.</numerusform>
            <numerusform>Mindestens %Ln Zeichen; ein kurzer Satz ist leicht zu merken und schwer zu erraten. Niemand kann sie für Sie wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen haben.</numerusform>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Aktuell (signiert neue Nachweise)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Stillgelegt (prüft weiterhin)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Kennung (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>Ihr Signaturschlüssel belegt, dass Nachweise von Ihnen stammen. Stillgelegte Schlüssel bleiben erhalten, damit die mit ihnen signierten Nachweise weiterhin geprüft werden können.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Schlüssel sichern…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Ausstellerkarte exportieren…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Schlüssel wechseln…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Signaturschlüssel sichern</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>Die Sicherungsdatei enthält Ihren Signaturschlüssel, verschlüsselt mit Ihrer Passphrase.

Wer diese Datei UND Ihre Passphrase hat, kann in Ihrem Namen Nachweise ausstellen. Bewahren Sie sie getrennt von diesem Computer auf (USB-Stick in einer Schublade, sicherer Speicher Ihrer Organisation), nie zusammen mit der Passphrase, und senden Sie sie nie per E-Mail.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Schlüsselsicherung speichern</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Schlüsselsicherung (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Schlüsselsicherung gespeichert unter {path}. Bewahren Sie sie sicher auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Ausstellerkarte speichern</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Ausstellerkarte (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Ausstellerkarte gespeichert unter {path}. Geben Sie sie allen, die Ihren Nachweisen vertrauen sollen; sie enthält nichts Geheimes.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>Die Passphrase wurde geändert. Erstellen Sie eine neue Schlüsselsicherung: Ältere Sicherungen benötigen weiterhin die alte Passphrase.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Signaturschlüssel wechseln</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>Einen neuen Signaturschlüssel erzeugen und den aktuellen stilllegen? Bereits ausgestellte Nachweise lassen sich weiterhin prüfen. Veröffentlichen Sie danach Ihre Prüfseite und Ausstellerkarte erneut.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>Ein neuer Signaturschlüssel ist in Gebrauch. Sichern Sie ihn jetzt („Schlüssel sichern…“).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Sprache von Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>Badgesmith startet beim nächsten Mal in dieser Sprache. badgesmith --lang CODE oder die Variable {variable} wählt für einen Start eine andere.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Gespeichert: {language}, ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Teilnehmernummer</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Teilnehmernummer</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Nach Name, E-Mail oder Teilnehmernummer filtern…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Nach Vornamen sortieren</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Nach Nachnamen sortieren</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Nachname: das letzte Wort des Namens</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Eine versehentlich angelegte Person löschen (nicht, wenn sie Nachweise besitzt; bis zum Beenden von Badgesmith rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>Das Recht auf Löschung: Die Daten der Person werden endgültig gelöscht, ihre Nachweise bleiben prüfbar und widerrufbar</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Leistungsübersicht…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Die gesamte Leistungsübersicht der ausgewählten Person signiert speichern: als PDF (mit QR-Code und eingebetteter Übersicht) oder als CLR-2.0-Datei für Wallets und Arbeitgeber</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Externer Nachweis…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Einen Nachweis hinzufügen, den die ausgewählte Person bei einem Aussteller erworben hat, dem Sie vertrauen (als JSON oder Zertifikats-PDF). Er wird zuerst geprüft und zählt für Ihre Lernpfade, die seinen Abschluss nennen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Alle Teilnehmenden als CSV-Datei im Format Ihrer Tabellenkalkulation speichern (kann gefahrlos geöffnet werden)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Noch keine Teilnehmenden: Fügen Sie eine Person hinzu oder importieren Sie eine Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>{name} mit allen Einschreibungen und Ergebnissen löschen? Bis zum Beenden von Badgesmith können Sie dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>{learner} gelöscht.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Löschen von {learner} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>teilnehmende.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>Die Teilnehmenden wurden unter {file} gespeichert.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Wählen Sie zuerst eine Person aus: Ihre Leistungsübersicht enthält alle aktuellen Nachweise, die sie erworben hat.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Leistungsübersicht als PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Leistungsübersicht CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - Leistungsübersicht.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Leistungsübersicht von {name} speichern</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>Die Leistungsübersicht von {name} wurde unter {file} gespeichert. Sie enthält personenbezogene Daten: Nur Sie können die Datei lesen, bis Sie sie weitergeben.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>Eine Leistungsübersicht wird signiert: Dafür wird die Passphrase Ihres Signaturschlüssels benötigt.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Wählen Sie zuerst die Person aus, die den Nachweis erworben hat.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Externen Nachweis für {name} hinzufügen</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Nachweise (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>{achievement} von {issuer} zur Leistungsübersicht von {name} hinzugefügt: Der Nachweis zählt für Ihre Lernpfade, die ihn nennen.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Keine (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>E-Mail-Konto für den Versand</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>z. B. smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>die Adresse, die Teilnehmende sehen und an die sie antworten können</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmith sendet über Ihr eigenes Konto und nur, wenn Sie auf „Senden“ klicken. Das Passwort wird mit der Passphrase Ihres Signaturschlüssels verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Server *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Absenderadresse *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Testnachricht senden…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>gespeichert (leer lassen, um es beizubehalten)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>Das Passwort wird mit der Passphrase Ihres Schlüssels verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Testnachricht senden an:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>Der Server hat die Testnachricht angenommen:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>Das gespeicherte E-Mail-Passwort ist mit der Passphrase Ihres Schlüssels verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Mit &amp;gemeinsamer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>Arbeitsbereich &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>Arbeitsbereich &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>&amp;Abschluss befürworten…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>Signaturschlüssel &amp;entsperren…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>Signaturschlüssel s&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>Badgesmith-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>Ü&amp;ber Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>Über Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Signierte Open-Badges-3.0-Nachweise mit prüfbaren Papierzertifikaten, offline.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Gemeinsame Datenbank {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Daten: {address}
Dateien: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Arbeitsbereich: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Signaturschlüssel: für diese Sitzung entsperrt</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Signaturschlüssel: gesperrt</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Leeren Ordner für den neuen Arbeitsbereich wählen</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} ist nicht leer: Wählen oder erstellen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>In {folder} gibt es keinen Badgesmith-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Es läuft noch ein Vorgang. Abbrechen und den anderen Arbeitsbereich öffnen? Bereits Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-sicherung-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Sicherung (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Gesichert unter {file}, signiert mit Ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>Die Sicherung wird mit Ihrem Schlüssel signiert, damit beim Wiederherstellen erkennbar ist, dass sie von Ihnen stammt.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Arbeitsbereich aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>Den gesamten Inhalt von {folder} durch die Sicherung {file} ersetzen?

{details}

Die aktuellen Daten bleiben im Sicherungsordner des Arbeitsbereichs erhalten.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Es läuft noch ein Vorgang. Abbrechen und die Sicherung wiederherstellen? Bereits Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Es läuft noch ein Vorgang. Trotzdem beenden? Bereits Erledigtes bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Teilnehmernummer</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmith hat anhand der Spaltenüberschriften zugeordnet; korrigieren Sie dies bei Bedarf. Eine Spalte mit dem vollständigen Namen hat Vorrang vor Vor- und Nachname.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — Spalte {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Nachricht an Teilnehmende</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Sprache wählen…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Beginnen mit der Nachricht auf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Diese Nachricht nur für „{achievement}“ verwenden</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Platzhalter: {placeholders}. Eine Zeile, deren Platzhalter alle leer sind, wird weggelassen.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>Was die erste Person erhalten würde</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Stellen Sie in diesem Kurs einen Nachweis aus, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(Keine Vorschau, solange die Nachricht den links genannten Fehler enthält.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>An: {name} &lt;{address}&gt;
Betreff: {subject}

{body}

Anhänge: Zertifikat (PDF), Nachweis (JSON), Badge (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Nachricht ersetzen</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>Die vorgefertigte Nachricht ({language}) ersetzt den Betreff und den Text, den Sie geschrieben haben. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Beim Senden unterbrochen</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Gesendet</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— keine Adresse —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Diese Diagramme und ihre Zahlen als PDF speichern, für eine Qualitätsüberprüfung oder eine Akkreditierungsstelle</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Noch nichts anzuzeigen. Sobald Sie einen Kurs durchgeführt oder Nachweise ausgestellt haben, zeigt diese Seite, wie viele pro Monat ausgestellt wurden, die Bestehensquote jedes Kurses, welche Kriterien Teilnehmende nicht erfüllt haben und welche Nachweise bald ablaufen.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Ausgestellte Nachweise pro Monat</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Bestehensquote pro Kurs</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Teilnehmende, die das jeweilige Kriterium nicht erfüllt haben</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Zu erneuernde Nachweise</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Ausgewählte erneuern…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Den ausgewählten Personen neue Nachweise ausstellen, die die ablaufenden ersetzen (Strg+Klick wählt mehrere)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count} von {total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n Nachweis in diesem Zeitraum ausgestellt.</numerusform>
            <numerusform>%n Nachweise in diesem Zeitraum ausgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nachweise ausgestellt.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>{total} ausgestellt von {first} bis {last}: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Anteil der Eingeschriebenen, die die Voraussetzungen des Abschlusses erfüllen.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>In diesem Zeitraum fand kein Kurs mit Teilnehmenden statt.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: {eligible} von {learners} berechtigt ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>Anteil der in einem Kriterium bewerteten Teilnehmenden, die es nicht erfüllt haben.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Ergebnisse erfasst.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}: {not_met} von {assessed} nicht erfüllt ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Nachweise, die am nächsten Tag ablaufen (%n)</numerusform>
            <numerusform>Nachweise, die in den nächsten %n Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n Nachweis läuft bald ab: Wählen Sie ihn aus und erneuern Sie ihn.</numerusform>
            <numerusform>%n Nachweise laufen bald ab: Wählen Sie sie aus und erneuern Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Kein Nachweis läuft am nächsten Tag ab (%n).</numerusform>
            <numerusform>Kein Nachweis läuft in den nächsten %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>in {first} bis {last} Tagen: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>Übersichtsbericht {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>Der Übersichtsbericht wurde in {file} gespeichert. Er nennt Teilnehmende namentlich: Nur Sie können die Datei lesen, bis Sie sie weitergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Ausgewählte erneuern (%n)…</numerusform>
            <numerusform>Ausgewählte erneuern (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>%n Nachweis erneuern? Wenn die Person die Voraussetzungen weiterhin erfüllt, erhält sie einen neuen Nachweis, der den ablaufenden ersetzt: Das Vergabedatum bleibt, und die alten Dateien werden in den Ordner „replaced“ daneben verschoben.</numerusform>
            <numerusform>%n Nachweise erneuern? Jede Person, die die Voraussetzungen weiterhin erfüllt, erhält einen neuen Nachweis, der den ablaufenden ersetzt: Das Vergabedatum bleibt, und die alten Dateien werden in den Ordner „replaced“ daneben verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Gespeichert in: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Ausgelassen: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Nachweis erneuern</numerusform>
            <numerusform>Nachweise erneuern</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>Beim Erneuern wird jeder neue Nachweis mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Nachweise werden erneuert…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Kurse &amp; Bewertung</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>Alle von</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Mindestens {needed} von {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ erworben am {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>noch %n nötig</numerusform>
            <numerusform>noch %n nötig</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Diagramm der Lernpfad-Voraussetzungen</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>Dieser Abschluss ist ein Lernpfad (erworben durch den Besitz anderer Abschlüsse)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Voraussetzungen bearbeiten…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Teilnehmende nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Fortschritt für Person</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Fortschritt anzeigen für…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>Abschluss {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Keine Person: nur Voraussetzungen</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: erfüllt am {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: noch nicht — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Dieses PDF kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>nein (entfernt)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Alle, die sich an dieser gemeinsamen Datenbank anmelden, und was ihre Rolle ihnen erlaubt. Die Datenbank selbst setzt die Rollen durch.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} kann sich jetzt als {role} anmelden.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>{name} entfernen? Die Person kann sich dann nicht mehr anmelden; das Protokoll bewahrt unter ihrem Namen auf, was sie getan hat.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste aus.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>z. B. anna oder a.schmidt</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Erneut eingeben</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>Teilen Sie der Person ihr Passwort persönlich mit; sie meldet sich damit an ihrem eigenen Computer an. Badgesmith speichert es nicht.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Eine Lehrkraft erfasst Teilnehmende und Ergebnisse; ein Aussteller stellt außerdem Nachweise aus, widerruft sie und bearbeitet Abschlüsse; ein Administrator verwaltet außerdem Personen, Schlüssel und Einstellungen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Jede Zeile der Datei und was mit ihr geschieht. Um eine zurückgehaltene Zeile zu korrigieren, doppelklicken Sie auf Name, E-Mail oder Teilnehmernummer (oder wählen Sie sie aus und drücken Sie F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>%n Person importieren</numerusform>
            <numerusform>%n Personen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Noch kann keine Zeile dieser Datei importiert werden: Beachten Sie die Gründe oben und korrigieren Sie die Zeilen hier oder in der Datei.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} kann nicht als PDF gelesen werden; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>Der Drucker {printer} hat den Auftrag nicht angenommen; prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an; prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>%n Seite an {printer} gesendet.</numerusform>
            <numerusform>%n Seiten an {printer} gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Abgebrochen: %n von {total} Seiten wurde an {printer} gesendet.</numerusform>
            <numerusform>Abgebrochen: %n von {total} Seiten wurden an {printer} gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Nicht gedruckt:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>{title} wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>Wer vergibt die Nachweise?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Dies wird auf jedes Zertifikat gedruckt und in jeden Nachweis geschrieben.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>z. B. Bildungswerk Nordbrücke</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>Wird abgebrochen… der laufende Eintrag wird noch abgeschlossen.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} von {total}: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>Namen, Abschlüsse und Ergebnisse der Teilnehmenden werden unter diesen Adressen für alle öffentlich, die sie finden. Widerrufene Nachweise werden beim nächsten Veröffentlichen entfernt.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>In welchen Ordner veröffentlichen?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>Beim Veröffentlichen wird die Statusliste mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>„Veröffentlichen“ schreibt einen Ordner für Ihre Website: die Prüfseite, Ihr Ausstellerprofil, die Statusliste, die Widerrufe sichtbar macht, und – falls Sie Ihre Domain nutzen – did.json. Laden Sie den Ordner zu einem beliebigen Webhoster hoch; die darin enthaltene README.txt sagt, wohin jede Datei gehört.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org oder user.github.io:badges (optional)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>JSON jedes Nachweises veröffentlichen (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Prüfseite</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>Der QR-Code jedes Zertifikats öffnet diese Seite; der Code des Zertifikats steht im #Fragment des Links, das nie an den Server übertragen wird.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Statusliste</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Legen Sie sie in denselben Ordner wie die Seite (zum Beispiel status/1 neben verify.html): Die Seite zeigt dann, ob ein Zertifikat widerrufen wurde.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Ihre Domain (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Leer lassen, wenn Sie keine Domain haben: Prüfende kennen Ihren Schlüssel dann an seinem Fingerabdruck (did:key). Mit Ihrer Domain nennen Nachweise diese als Aussteller, und Sie laden dort did.json hoch; neue Schlüssel werden ergänzt und alte behalten, sodass ältere Nachweise weiterhin geprüft werden können.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} So erhalten LinkedIn und Wallets eine feste Adresse für jeden Nachweis.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Gespeichert. Ab jetzt ausgestellte Nachweise enthalten diese Adressen.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Nachweise veröffentlichen</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

Veröffentlichen?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>Veröffentlichungseinstellungen</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(personenbezogene Daten gelöscht)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Voraussetzungen des Lernpfads</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Alle davon</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Mindestens N davon</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>Ausgewählte Gruppe verlangt</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N, wie viele die Gruppe verlangt</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>Ausgewählte Gruppe verlangt:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Hinzuzufügender Abschluss</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Abschluss hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Eine verschachtelte Gruppe, z. B. „mindestens 2 davon“ innerhalb von „alle davon“</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Den ausgewählten Abschluss oder die Gruppe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>Teilnehmende erwerben diesen Abschluss, indem sie die folgenden Abschlüsse besitzen. Wählen Sie eine Gruppe aus, um ihre Anforderung zu ändern oder etwas hinzuzufügen.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>Abschluss {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Mindestens {needed} von diesen %n</numerusform>
            <numerusform>Mindestens {needed} von diesen %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} ist bereits in dieser Gruppe.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Nachweis widerrufen</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>Den Nachweis von {learner} widerrufen? Sie können ihn später reaktivieren.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Begründung, z. B. Irrtümlich ausgestellt: falscher Kurs</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>Zum Widerrufen wird die Passphrase Ihres Signaturschlüssels benötigt.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Zertifikatsdesign</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Ausstellerprofil</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Mit der gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Jede Person meldet sich unter dem eigenen Namen an; ihre Rolle bestimmt, was sie tun darf.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>An der gemeinsamen Datenbank anmelden</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>Die gemeinsame Datenbank {where} verlangt Ihren Namen und Ihr Passwort.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Akzent</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Kleingedrucktes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Vor dem Namen</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Vor dem Abschluss</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Nach dem Abschluss</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Beschriftung Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Beschriftung Ablaufdatum</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>Oben, zentriert</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>Sprache des Ausstellers</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Keine (eine Sprache)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>EU-Microcredential-Seite drucken</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Wenn der Abschluss Elemente eines EU-Microcredentials hat, führen seine Zertifikate sie auf einer zweiten Seite auf.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulierungen</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logo und Hintergrund</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Ausstellerlogo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Unterzeichnende (Name, Funktion und Unterschriftsbild; bis zu drei)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Funktion, z. B. Kursleitung</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Design speichern</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Auf Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Zweite Sprache (zweisprachig)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>diesen Abschluss</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>Zertifikatsdesign von „{name}“</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Legen Sie zuerst einen Abschluss an: Hier bearbeiten Sie dann sein Zertifikatsdesign.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Vorlage wechseln</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Eine andere Vorlage ersetzt die geänderten, noch nicht gespeicherten Farben, Formulierungen und Unterzeichnenden. Diese Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Gespeichert: Ab jetzt ausgestellte Zertifikate verwenden dieses Design.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Kennung (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Von diesen Ausstellern signierte Nachweise gelten bei der Prüfung als vertrauenswürdig. Importieren Sie die Ausstellerkarte, die Sie erhalten haben (gleichen Sie den Fingerabdruck mit dem Aussteller ab).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Noch keine vertrauenswürdigen Aussteller.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Ausstellerkarte importieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Ausstellerkarte importieren</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Ausstellerkarte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} ist jetzt vertrauenswürdig (Schlüssel-Fingerabdruck {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>{name} nicht mehr vertrauen?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Vertrauenswürdigen Aussteller entfernen</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Entferntes wiederherstellen (Strg+Z)</translation>
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
        <translation>Signaturschlüssel entsperren</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>Zum Signieren wird die Passphrase Ihres Schlüssels benötigt. Sie bleibt im Arbeitsspeicher, bis Sie Badgesmith beenden oder den Schlüssel sperren.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Zertifikate und Nachweise (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Text eines QR-Codes einfügen</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…oder fügen Sie hier den Text eines gescannten QR-Codes (oder einen Prüflink) ein</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Text prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Dieselbe Datei oder denselben Text erneut prüfen, mit dem aktuellen Stand dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Nachweis prüfen</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Prüft die Signatur, den Schlüssel des Ausstellers (Ihrer, vertrauenswürdig oder unbekannt), die Daten, den Widerrufsstatus nach Kenntnis dieses Arbeitsbereichs und ob der QR-Code zum Nachweis passt. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Noch kein Nachweis geprüft.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Geprüft um {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Vergleichen Sie dies mit dem Papier oder der Seite vor Ihnen.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Ein Abschluss ohne Namen</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>Nicht diese Person</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>%n Nachweis der Übersicht, einzeln geprüft</numerusform>
            <numerusform>%n Nachweise der Übersicht, jeder einzeln geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>Wo kann man Ihre Zertifikate prüfen?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>Der QR-Code eines Zertifikats kann eine Seite auf Ihrer Website öffnen, die es prüft und anzeigt, ob Sie es widerrufen haben.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>Badgesmith erstellt diese Seite und Ihre Liste widerrufener Zertifikate; Sie laden sie auf Ihre Website hoch (Einstellungen ▸ Veröffentlichen ▸ Veröffentlichen).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Ich habe noch keine Website</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Ich stelle die Seite auf meine Website</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>Dann zeigt ein Smartphone beim Scannen eines Zertifikats dessen Code als Text (die Seite „Prüfen“ in Badgesmith prüft ihn trotzdem), und Widerrufe bleiben auf diesem Computer. Sie können die Adressen später unter Einstellungen ▸ Veröffentlichen ergänzen; Zertifikate behalten, was beim Ausstellen eingestellt war.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org oder user.github.io:badges  (optional)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Prüfseite</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Statusliste</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>Die Statusliste ist Ihre Liste widerrufener Zertifikate; legen Sie sie neben die Seite.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Ihre Domain</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Nur wenn Ihnen die Domain gehört und Sie dort Dateien hochladen können: Nachweise nennen sie dann als Aussteller (did:web). Ohne sie wird Ihr Schlüssel an seinem Fingerabdruck erkannt (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Geben Sie die künftige Adresse Ihrer Prüfseite ein oder wählen Sie „Ich habe noch keine Website“.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Speicherort Ihres Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Abschlüsse, Teilnehmende, Ergebnisse und ausgestellte Nachweise liegen in einem Ordner.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Sichern Sie ihn über Datei ▸ Arbeitsbereich sichern…; die Sicherung enthält den verschlüsselten Schlüssel.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Speicherort Ihrer Dateien</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>Die Daten liegen in der gemeinsamen Datenbank; Zertifikate und E-Mail-Entwürfe werden in diesen Ordner auf diesem Computer geschrieben.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Ihr Signaturschlüssel wird erstellt…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>Der Nachweis ist nicht signiert (er enthält keinen Proof).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>Der Proof des Nachweises ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>Der Nachweis muss genau einen DataIntegrityProof mit der Cryptosuite eddsa-rdfc-2022 enthalten.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>Der Proof nennt keine Verifizierungsmethode.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>Der Zweck des Proofs ist nicht assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>Der Signaturschlüssel kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>Der Signaturwert des Proofs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>Der @context des Proofs stimmt nicht mit dem des Nachweises überein.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>Der Nachweis kann nicht verarbeitet werden: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>Die Signatur stimmt nicht: Der Nachweis wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Die Signatur ist gültig.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Verifiziert: Die Leistungsübersicht und jeder ihrer {count} Nachweise sind echt, aktuell und stammen von einem Aussteller, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Verifiziert: Die Befürwortung ist echt, aktuell und mit einem Schlüssel signiert, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Verifiziert: Der Nachweis ist echt, aktuell und stammt von einem Aussteller, dem Sie vertrauen; ob dieser Aussteller ihn inzwischen widerrufen hat, lässt sich nur bei ihm selbst prüfen.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Verifiziert: Der Nachweis ist echt, aktuell und stammt von einem vertrauenswürdigen Aussteller.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>der Nachweis hat eine Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Mit einem unbekannten Schlüssel {fingerprint} signiert: Die Signatur ist unversehrt, aber niemand, dem Sie vertrauen, bürgt für diesen Aussteller.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Widerrufen: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Abgelaufen: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Nicht verifiziert: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Durch einen neueren Nachweis ersetzt: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>er wurde als {credential} neu ausgestellt; nur der neuere Nachweis ist gültig.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signiert mit dem aktuellen Schlüssel {fingerprint} dieses Arbeitsbereichs. Ein Fingerabdruck ist ein kurzer Code, der aus dem öffentlichen Schlüssel berechnet wird (did:key): Derselbe Code vom Aussteller bedeutet derselbe Schlüssel.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signiert mit dem stillgelegten Schlüssel {fingerprint} dieses Arbeitsbereichs, der für die Prüfung aufbewahrt wird. Ein Fingerabdruck ist ein kurzer Code, der aus dem öffentlichen Schlüssel berechnet wird (did:key): Derselbe Code vom Aussteller bedeutet derselbe Schlüssel.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signiert mit dem Schlüssel {fingerprint} eines Ausstellers, den Sie als vertrauenswürdig importiert haben. Ein Fingerabdruck ist ein kurzer Code, der aus dem öffentlichen Schlüssel berechnet wird (did:key): Derselbe Code vom Aussteller bedeutet derselbe Schlüssel.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Mit einem unbekannten Schlüssel {fingerprint} signiert. Ein Fingerabdruck ist ein kurzer Code, der aus dem öffentlichen Schlüssel berechnet wird (did:key): Derselbe Code vom Aussteller bedeutet derselbe Schlüssel.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signiert mit dem aktuellen Schlüssel {fingerprint} dieses Arbeitsbereichs. Der Nachweis nennt seinen Aussteller über die Web-Domain {domain} (did:web), deren DID-Dokument diesen Schlüssel aufführt.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signiert mit dem stillgelegten Schlüssel {fingerprint} dieses Arbeitsbereichs, der für die Prüfung aufbewahrt wird. Der Nachweis nennt seinen Aussteller über die Web-Domain {domain} (did:web), deren DID-Dokument diesen Schlüssel aufführt.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signiert mit dem Schlüssel {fingerprint} eines Ausstellers, den Sie als vertrauenswürdig importiert haben. Der Nachweis nennt seinen Aussteller über die Web-Domain {domain} (did:web), deren DID-Dokument diesen Schlüssel aufführt.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Mit einem unbekannten Schlüssel {fingerprint} signiert. Der Nachweis nennt seinen Aussteller über die Web-Domain {domain} (did:web), deren DID-Dokument diesen Schlüssel aufführt.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>Der Nachweis hat kein gültiges validFrom-Datum.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>Der Nachweis wird erst am {moment} gültig.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Gültig ab {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>Der Nachweis läuft nicht ab.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>Das validUntil-Datum des Nachweises ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>Der Nachweis ist am {moment} abgelaufen.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Gültig bis {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>Die Datei enthält keinen Nachweis (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>Das JSON des Nachweises zeigt andere Angaben ({fields}), als seine Signatur abdeckt.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>Was der Nachweis zeigt, ist das, was signiert wurde.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Ohne gültige Signatur lässt sich der Signaturschlüssel niemandem zuordnen.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>Kein Signaturschlüssel, der mit dem Aussteller verglichen werden könnte.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>Der im Nachweis genannte Aussteller besitzt den Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>Der Nachweis nennt den Aussteller {issuer}, wurde aber mit einem anderen Schlüssel signiert ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>Aus einem Nachweis, der sich nicht verarbeiten lässt, können keine Daten gelesen werden.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>Der Aussteller hat diesen Nachweis am {day} widerrufen: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Eine Leistungsübersicht hat keinen eigenen Status: Jeder Nachweis darin wird unten auf Widerruf geprüft.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Ob sein Aussteller ihn widerrufen hat, lässt sich hier nicht feststellen: Das sagen nur die Unterlagen des Ausstellers selbst (seine Statusliste: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Ob sein Aussteller ihn widerrufen hat, lässt sich hier nicht feststellen: Das sagen nur die Unterlagen des Ausstellers selbst.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>Nicht widerrufen: Dieser Arbeitsbereich hat ihn ausgestellt und nicht widerrufen.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Entspricht dem offiziellen JSON-Schema von Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>Entspricht nicht dem OB-3.0-Schema: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>Entspricht nicht dem OB-3.0-Schema: {problem} (und {more} weitere).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>Hat die Struktur einer Leistungsübersicht nach CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>Hat nicht die Struktur einer Leistungsübersicht: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>Hat nicht die Struktur einer Leistungsübersicht: {problem} (und {more} weitere).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Befürwortet von {endorser} ({did}) am {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Befürwortet von {endorser} ({did}) am {day}, gültig bis {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Befürwortet von {endorser} ({did}) am {day}: „{comment}“</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Befürwortet von {endorser} ({did}) am {day}, gültig bis {until}: „{comment}“</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>Die Befürwortung von {endorser} ({did}) ist am {day} abgelaufen.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Eine Befürwortung im Namen von {endorser} ({did}) ist mit einem unbekannten Schlüssel {fingerprint} signiert: Niemand, dem Sie vertrauen, bürgt für sie, daher wird sie nicht als Befürwortung angezeigt. Importieren Sie die Ausstellerkarte des Befürworters, um ihr zu vertrauen.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Eine Befürwortung ist nicht gültig: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>Der Nachweis enthält eine Befürwortung von {endorser} ({did}), die aber nicht als solche angezeigt wird: Der Nachweis selbst ist nicht verifiziert, und eine Befürwortung bürgt für einen Abschluss, nicht für denjenigen, der ihn verleiht.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>Die Befürwortung wird nicht als solche angezeigt: Was sie enthält, ist nicht verifiziert.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>Die Befürwortung ist größer, als eine Befürwortung je sein kann (höchstens {limit} Zeichen JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Eine Befürwortung kann keine eigenen Befürwortungen enthalten.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Die enthaltenen Befürwortungen werden nicht geprüft: Die Signatur des Nachweises selbst ist nicht gültig.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>Der Abschluss enthält {count} Befürwortungen; Badgesmith prüft höchstens {limit}, daher ist der Nachweis nicht verifiziert.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>Der Nachweis enthält die Befürwortung {id} zweimal.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>Sie ist kein EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>Sie nennt ihren Befürworter nicht.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>Sie befürwortet {subject}, nicht den Abschluss dieses Nachweises ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>Sie ist vom Aussteller des Nachweises selbst signiert; eine Befürwortung muss von jemand anderem stammen.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>Eine Leistungsübersicht innerhalb einer Leistungsübersicht wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>Die Person der Leistungsübersicht lässt sich nicht aus dem lesen, was die Signatur abdeckt; daher ist nicht feststellbar, wessen Nachweis dies ist.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>Er wurde {recipient} verliehen, nicht {learner}, deren Leistungsübersicht dies ist.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>Die Leistungsübersicht enthält keine Nachweise.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Jeder der {count} Nachweise der Leistungsübersicht ist für sich gültig und wurde der Person verliehen, der die Übersicht gehört.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 Nachweis in der Leistungsübersicht ist nicht gültig: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Nicht gültige Nachweise in der Leistungsübersicht: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Nicht gültige Nachweise in der Leistungsübersicht: {count} — {credentials} (und {more} weitere)</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>benötigt noch {count} von: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>benötigt noch {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>benötigt noch {achievements} und {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Benötigt noch {count} von: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Benötigt noch {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Benötigt noch {achievements} und {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>Jemand anders hat dieses Ergebnis inzwischen gelöscht; die Tabelle zeigt es jetzt leer.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Jemand anders hat dieses Ergebnis am {when} geändert; die Tabelle zeigt jetzt diesen Wert.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Sie haben dieses Ergebnis am {when} in einem anderen Fenster oder Programm geändert; die Tabelle zeigt jetzt diesen Wert.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>{person} hat dieses Ergebnis am {when} geändert; die Tabelle zeigt jetzt diesen Wert.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Jemand anders hat diesen Beleg am {when} geändert; die Tabelle zeigt ihn jetzt an.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>Jemand anders hat diesen Beleg inzwischen entfernt; die Tabelle zeigt jetzt keinen an.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>Keine Punktzahl erfasst für {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: nicht erfasst.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: nicht bestanden.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: keine Stufe erfasst.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: „{level}“ liegt unter der geforderten Stufe „{required}“.</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>Punktzahl {score} liegt unter der Bestehensgrenze von {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Nicht eingeschrieben.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>Der Name kann nicht gedruckt werden: Keine Schrift enthält {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>Nicht berechtigt: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Bereits ausgestellt.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Widerrufen: Ein widerrufener Nachweis wird nur erneuert, wenn die Person ausdrücklich ausgewählt und die Erneuerung bestätigt wird.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>Keine Adresse für die Prüfseite: Ein Handy, das den QR-Code scannt, sieht nur einen Code, keine Seite, die ihn prüft (Einstellungen ▸ Veröffentlichen).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>Keine Adresse für die Statusliste festgelegt: Jetzt ausgestellte Zertifikate tragen keinen Widerrufseintrag, ein späterer Widerruf erreicht also nur diesen Computer und die Prüfseite, die Sie veröffentlichen (Einstellungen ▸ Veröffentlichen).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>Die Statusliste liegt auf einer anderen Website als die Prüfseite: Die Seite liest sie nur von ihrer eigenen Website und meldet daher, dass sie den Widerruf nicht prüfen konnte.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>Die Statusliste liegt außerhalb des Ordners der Prüfseite: README.txt sagt, wohin sie hochgeladen werden muss.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>Die Seite „Prüfen“ in Badgesmith zeigt den Widerruf sofort. Außerhalb dieses Computers ist er sichtbar, sobald Sie Ihre Website erneut veröffentlichen (Website veröffentlichen…) und die geänderte Statusliste hochladen: Die Prüfseite und andere Prüfdienste lesen diese Liste.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>Die Seite „Prüfen“ in Badgesmith zeigt den Widerruf sofort. Dieses Zertifikat wurde ohne Eintrag in einer Statusliste ausgestellt, daher sehen andere Prüfdienste den Widerruf nicht. Ihre Prüfseite zeigt ihn, sobald Sie sie erneut veröffentlichen und hochladen: Sie listet die bisher widerrufenen Zertifikate auf.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Unbekannter Aussteller</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Aussteller (laut Nachweis)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Leistungsübersicht</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Statusliste</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>QR-Link</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Befürwortet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, Version {number}, aus diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>Die Datei ist zu groß, um sie mit dem verfügbaren Arbeitsspeicher zu prüfen.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Ein interner Fehler hat die Prüfung dieser Datei abgebrochen; er wurde protokolliert. Über den Nachweis lässt sich nichts sagen.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} ist größer, als ein Zertifikat, ein Nachweis oder ein Foto je ist.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>Dies ist weder ein PDF noch ein Nachweis (JSON), ein QR-Bild oder QR-Text.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Diese Nachweisdatei ist als UTF-16 gespeichert; Nachweise sind UTF-8-JSON. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>Der Nachweis ist von Zeichen umgeben, die JSON nicht erlaubt (z. B. geschützte Leerzeichen); speichern Sie ihn als reines JSON.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>Es gibt nichts zu prüfen: Fügen Sie den Text eines QR-Codes ein.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Dieser Text ist weit länger, als ein QR-Code fasst; fügen Sie den Text eines einzelnen QR-Codes ein oder öffnen Sie die Nachweisdatei.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (laut Nachweis; der Schlüssel ist Ihnen nicht bekannt)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>Der Nachweis nennt als Aussteller {stated}, was sich wie der Name dieses Arbeitsbereichs liest, wurde aber mit dem Schlüssel signiert, dem Sie als {trusted} vertrauen: Er stammt nicht von Ihnen.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>Der Nachweis nennt als Aussteller {stated}, Sie vertrauen diesem Schlüssel aber als {trusted}. Falls sich der Name geändert hat, importieren Sie die neue Ausstellerkarte.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Ausgestellt von {issuer}, wie Sie diesem Schlüssel vertraut haben.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>Die Befürwortung nennt als Befürworter {stated}, ist aber mit dem eigenen Schlüssel dieses Arbeitsbereichs signiert, dessen Aussteller {current} ist: Eine Befürwortung wird nur unter dem Namen angezeigt, für den ihr Schlüssel steht.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>Der Nachweis nennt als Aussteller {stated}; der Aussteller dieses Arbeitsbereichs heißt inzwischen {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>Das JSON ist kein Nachweis.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Ein echtes Zertifikat zeigt: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Eine echte Leistungsübersicht zeigt: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>Eintrag {index} von {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>Die Signatur des QR-Codes passt nicht zu seinem Inhalt: Das Zertifikat wurde verändert oder ist nicht echt.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Mit einem unbekannten Schlüssel {fingerprint} signiert: kein Aussteller, dem dieser Arbeitsbereich vertraut.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (laut QR-Code; der Schlüssel ist Ihnen nicht bekannt)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>Der QR-Code ist unversehrt und mit dem aktuellen Schlüssel dieses Arbeitsbereichs signiert.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>Der QR-Code ist unversehrt und mit einem stillgelegten Schlüssel dieses Arbeitsbereichs signiert.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>Der QR-Code ist unversehrt und mit dem Schlüssel eines vertrauenswürdigen Ausstellers signiert.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>Der QR-Code ist unversehrt und mit einem bekannten Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Ob {issuer} ihn widerrufen hat, lässt sich hier nicht feststellen: Das sagen nur die eigenen Unterlagen des Ausstellers.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Ob sein Aussteller ihn widerrufen hat, lässt sich hier nicht feststellen: Das sagen nur die eigenen Unterlagen des Ausstellers.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>Das Register dieses Arbeitsbereichs hat keinen Nachweis mit dieser ID: Der QR-Code einer Leistungsübersicht gehört zur Übersicht selbst. Öffnen Sie das PDF der Leistungsübersicht hier, um jeden Nachweis darin zu prüfen.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Abgelaufen am {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Abgelaufen.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Gültig bis {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Ausgestellt von {issuer} für {recipient} zum Abschluss {achievement} am {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Ausgestellt von {issuer} für {recipient} zum Abschluss {achievement} am {day}. Ob der Aussteller ihn inzwischen widerrufen hat, lässt sich nur bei ihm selbst prüfen.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Ausgestellt von {issuer} für {recipient} zum Abschluss {achievement} am {day}. Ob Nachweise darin inzwischen widerrufen wurden, wird am PDF der Leistungsübersicht geprüft.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>Der QR-Code führt zu Ihrer Prüfseite.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Der QR-Code schickt Handys zu {address}, und das ist nicht Ihre Prüfseite ({page}): Der gedruckte Code wurde ersetzt, oder Ihre Seite ist umgezogen, nachdem dieses Zertifikat gedruckt wurde.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Der QR-Code schickt Handys zu {address}, und das ist nicht Ihre Prüfseite (keine festgelegt): Der gedruckte Code wurde ersetzt, oder Ihre Seite ist umgezogen, nachdem dieses Zertifikat gedruckt wurde.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>Der QR-Code führt zur eigenen Website von {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>Der QR-Code schickt Handys zu {address}; Badgesmith kann nicht feststellen, ob diese Seite zu {issuer} gehört.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>Das Badge enthält einen Nachweis in einer Form, die Badgesmith nicht liest (nur JSON-Nachweise werden geprüft).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>Der Nachweis wurde in dieses Badge-Bild eingebettet; das Bild selbst ist nicht signiert, nur der Nachweis darin.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>Im Bild wurde kein QR-Code gefunden; versuchen Sie es mit einem schärferen, geraderen Foto.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>Das Bild zeigt {count} verschiedene QR-Codes, daher lässt sich nicht sagen, welcher zum Zertifikat gehört: Fotografieren Sie jeweils nur einen.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>Das PDF enthält keinen signierten Nachweis, daher lässt sich darauf nichts prüfen; Zertifikate von Badgesmith enthalten einen. Um seinen QR-Code zu prüfen, scannen Sie ihn oder prüfen Sie ein Foto davon.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>Das PDF hat kein Siegel: Es wurde von einem anderen Programm erneut gespeichert oder erstellt, bevor Badgesmith seine Zertifikate versiegelte; für seine Seite kann daher niemand bürgen (der Nachweis darin wurde oben geprüft). Wenn das Zertifikat von Ihnen stammt, exportieren Sie es auf der Seite „Nachweise“ erneut.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>Das PDF wurde nach seiner Erstellung verändert: Sein Siegel passt nicht zur Datei, die Seite zeigt daher womöglich etwas anderes als das, was signiert wurde.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>Die Datei ist genau so, wie Badgesmith in diesem Arbeitsbereich sie erstellt hat (mit dem Schlüssel des Nachweises versiegelt); ihre Seite zeigt also, was signiert wurde.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>Die Datei ist genau so, wie der Aussteller sie mit dem Schlüssel versiegelt hat, der den Nachweis signiert hat: Niemand hat sie seither verändert. Was die Seite zeigt, stammt vom Aussteller selbst; vergleichen Sie es mit den Angaben oben.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>Der gedruckte QR-Code fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>Die Seite trägt mehr als einen QR-Code, daher lässt sich nicht sagen, welcher zum Zertifikat gehört.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>QR-Code: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>Der gedruckte QR-Code stimmt nicht mit dem eingebetteten Nachweis überein.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>Der QR-Code stimmt nicht mit dem eingebetteten Nachweis überein: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>Der QR-Code stimmt mit dem eingebetteten Nachweis überein.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>Die Passphrase ist falsch: Der Signaturschlüssel konnte nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>Name des Abschlusses</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>Name Ihrer Organisation</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>Vergabedatum</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>Ablaufdatum (leer, wenn er nicht abläuft)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>öffentlicher Prüflink (leer ohne Prüfseite)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>LinkedIn-Link „Zum Profil hinzufügen“</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>ID des Nachweises</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>Der Kommentar ist {count} Zeichen lang; der Kommentar einer Befürwortung darf höchstens {limit} haben.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>Die Befürwortung wäre bis {day} gültig, und dieser Tag ist vorbei: Wählen Sie einen Tag ab heute.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>Die Befürwortung würde enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} ist größer, als eine Befürwortungsanfrage je sein kann (höchstens {limit} MB).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} ist keine Befürwortungsanfrage: Die Datei ist keine Textdatei (UTF-8-JSON).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} ist keine Befürwortungsanfrage: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} ist ein Nachweis, keine Befürwortungsanfrage: Öffnen Sie die Anfragedatei, die der Anbieter geschickt hat.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} ist keine Befürwortungsanfrage von Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} ist eine Befürwortungsanfrage einer anderen Art (Version {version}); dieses Badgesmith liest Version {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} nennt keine Abschluss-ID, daher gibt es nichts zu befürworten.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} nennt keinen Abschluss.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} gibt nicht an, wer den Abschluss verleiht.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>Identifizierung der lernenden Person</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>Land oder Region des Ausstellers</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>Vergabestelle</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>Lernergebnisse</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>veranschlagter Arbeitsaufwand</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>Art der Bewertung</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>Form der Teilnahme</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>Art der Qualitätssicherung</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>Aufsicht und Identitätsprüfung</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>erzielte Note</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>Einbindung oder Kombinierbarkeit</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>weitere Informationen</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>EU-Microcredential: alle {total} Pflichtelemente</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>EU-Microcredential: {present} von {total} Pflichtelementen — es fehlt: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Signaturschlüssel: Richten Sie zuerst den Aussteller ein.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Aussteller; richten Sie ihn zuerst ein.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} ist ein Abschluss dieses Arbeitsbereichs: Eine Befürwortung kommt von jemand anderem, einem Arbeitgeber oder einem Berufsverband, aus dessen eigenem Badgesmith.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} enthält keine lesbare Befürwortung: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} ist eine Befürwortungsanfrage, keine Befürwortung: Senden Sie sie an den Befürworter, der sie in seinem Badgesmith signiert (Datei ▸ Abschluss befürworten… oder badgesmith endorse), und fügen Sie hinzu, was er zurückschickt.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} ist keine Befürwortung (kein Open-Badges-EndorsementCredential).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} wurde nicht hinzugefügt: Die Datei ist mit dem Schlüssel {fingerprint} signiert, den Sie nicht als vertrauenswürdig importiert haben. Jeder kann in jedem Namen signieren: Importieren Sie die Ausstellerkarte des Befürworters (Einstellungen ▸ Vertrauenswürdige Aussteller), vergleichen Sie ihren Fingerabdruck mit dem, den er Ihnen nennt, und fügen Sie die Befürwortung erneut hinzu.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} wurde nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} wurde nicht hinzugefügt: Der signierte Inhalt nennt keine ID, keinen Befürworter oder keinen befürworteten Abschluss.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} wurde nicht hinzugefügt: Die Datei ist mit dem eigenen Schlüssel dieses Arbeitsbereichs signiert, und eine Befürwortung muss von jemand anderem stammen.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} wurde nicht hinzugefügt: Der Name des Befürworters ist {count} Zeichen lang; Badgesmith speichert Namen mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Diese Befürwortung wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} wurde nicht hinzugefügt: Diese Version enthält bereits {count} Befürwortungen, das Maximum für einen Nachweis. Entfernen Sie zuerst eine, die nicht mehr wichtig ist.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} wurde nicht hinzugefügt: Die Befürwortung ist für sich gültig, aber die Nachweise dieser Version könnten sie nicht enthalten: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>Es gibt keinen Abschluss mit der ID {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} wurde nicht hinzugefügt: Die Datei befürwortet {subject}, keine Version von {achievement} (und auch keinen anderen Abschluss dieses Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} wurde nicht hinzugefügt: Die Datei befürwortet {other}, nicht {achievement}. Fügen Sie sie bei {other} hinzu.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Für Version {number}, eine frühere Version: Nachweise der aktuellen Version enthalten sie nicht (sie verleihen eine andere Abschluss-ID). Bitten Sie {endorser}, die aktuelle Version zu befürworten.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Abgelaufen am {day}: Neue Nachweise enthalten sie nicht mehr.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Gültig: Nachweise, die Sie ab jetzt für Version {number} ausstellen, enthalten sie.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Diese Befürwortung ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>Für {year} gibt es keine Zahlen: Wählen Sie ein Jahr von {first} bis {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>Die personenbezogenen Daten der Person wurden gelöscht: Der Nachweis kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>Er wurde bereits widerrufen oder erneuert.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>Die Person ist nicht mehr in dem Kurs eingeschrieben, über den der Nachweis ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Jemand anders stellt gerade Nachweise für diesen Kurs aus; versuchen Sie es erneut, wenn die Person fertig ist.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Sie stellen seit {since} in einem anderen Fenster oder Programm Nachweise für diesen Kurs aus; versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} stellt seit {since} Nachweise für diesen Kurs aus; versuchen Sie es erneut, wenn die Person fertig ist.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>Arbeitsbereich in {folder} in die gemeinsame Datenbank {where} kopiert: {rows} Zeilen in {tables} Tabellen, in {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>In {seconds} s geprüft: Jede Tabelle enthält so viele Zeilen wie zuvor; die {events} Ereignisse des Protokolls bestehen die Prüfung; {verified} von {credentials} Nachweisen werden wie bei der Ausstellung verifiziert ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Nachweise, die schon im alten Arbeitsbereich nicht verifiziert wurden und es weiterhin nicht werden: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>Die alte Arbeitsbereichsdatei bleibt als {kept} erhalten. {folder} ist jetzt der Teil des gemeinsamen Arbeitsbereichs auf diesem Computer: Zertifikate und Entwürfe bleiben darin.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>Andere verbinden sich mit: badgesmith --database {where} (fügen Sie sie zuerst mit badgesmith users add hinzu).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} ist bereits der lokale Teil eines gemeinsamen Arbeitsbereichs: Es gibt nichts zu übertragen.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>In {folder} gibt es keinen Arbeitsbereich, der übertragen werden könnte.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>Das Protokoll dieses Arbeitsbereichs ist bereits beschädigt ({problem}); es wurde nichts kopiert. Kontrollieren Sie es mit badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>Die Datenbank {where} ist nicht leer (Tabellen: {n}, z. B. {names}); migrate-to kopiert einen Arbeitsbereich nur in eine leere Datenbank. Legen Sie eine neue an (z. B. createdb badgesmith) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>Jemand hat inzwischen begonnen, die Datenbank {where} zu nutzen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Ein anderes Programm schreibt in den Arbeitsbereich in {folder}; schließen Sie Badgesmith dort und versuchen Sie es erneut. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>Die Kopie enthält nicht dieselben Zeilen wie der Arbeitsbereich: {tables}; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>Das Protokoll besteht in der Kopie die Prüfung nicht ({problem}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Nachweise, die im Arbeitsbereich verifiziert werden, in der Kopie auf {where} aber nicht: {n} (z. B. {ids}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Dafür ist die Rolle „Lehrkraft“ nötig; Sie ({user}) haben keine Badgesmith-Rolle. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>Ausstellen, Widerrufen und das Ändern von Abschlüssen erfordern die Rolle „Aussteller“; Sie ({user}) sind als {role} angemeldet. Wenden Sie sich an Ihren Administrator oder einen Aussteller.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Dafür ist die Rolle „Administrator“ nötig; Sie ({user}) sind als {role} angemeldet. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>Die gemeinsame Datenbank hat diese Änderung abgelehnt: Ihre Rolle erlaubt sie nicht. Es wurde nichts gespeichert. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Ein Text ist länger, als die gemeinsame Datenbank aufnehmen kann; es wurde nichts gespeichert. Kürzen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Jemand anders hat im selben Moment dieselben Daten geändert; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank ist abgebrochen; diese Änderung wurde nicht gespeichert. Kontrollieren Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Sie können sich nicht selbst entfernen; ein anderer Administrator kann das.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Personen und Rollen gibt es nur in einer gemeinsamen Datenbank; dieser Arbeitsbereich liegt nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Jemand hat den gemeinsamen Arbeitsbereich geändert, während die Sicherung geprüft wurde; es wurde nichts wiederhergestellt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Geben Sie die Adresse der gemeinsamen Datenbank ein, z. B. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>Die Datenbankadresse ist länger als {n} Zeichen.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>Die Adresse einer gemeinsamen Datenbank beginnt mit postgresql:// (z. B. postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>Das ist keine Datenbankadresse: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Die Adresse nennt keine Datenbank: Fügen Sie sie nach dem Server an, z. B. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>Die gemeinsame Datenbank muss für diese Version von Badgesmith aktualisiert werden; das erledigt Ihr Administrator, indem er sich einmal mit dieser Version anmeldet.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>Ihr Datenbankkonto {user} hat keine Badgesmith-Rolle: Bitten Sie Ihren Administrator, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>„{name}“ kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern, „.“, „-“ oder „_“, höchstens 63 Zeichen, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>„{name}“ ist von der Datenbank reserviert; wählen Sie einen anderen Anmeldenamen.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Geben Sie der neuen Person ein Passwort mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Es gibt bereits ein Datenbankkonto namens „{name}“.</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>Die Tabellen der Datenbank entsprechen nicht dieser Version von Badgesmith ({tables}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Eine Zeile der Tabelle {table} lässt sich in der Zieldatenbank nicht speichern ({reason}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>Gerade arbeiten andere im gemeinsamen Arbeitsbereich; es wurde nichts geändert. Versuchen Sie es erneut, wenn sie Badgesmith geschlossen oder ihre Arbeit beendet haben.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Nur das Datenbankkonto, dem die Tabellen des gemeinsamen Arbeitsbereichs gehören ({owner}), kann einen ganzen Arbeitsbereich hineinkopieren: Das mitgebrachte Protokoll wurde im Namen anderer Personen geschrieben. Melden Sie sich als {owner} an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>Die kopierten Zeilen verletzen die Regeln der Datenbank ({reason}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>Die Datenbankschlüssel und Indizes ließen sich nicht wie zuvor wiederherstellen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} enthält einen Arbeitsbereich dieses Computers; wählen Sie einen anderen Ordner für die Dateien des gemeinsamen (oder kopieren Sie diesen mit migrate-to in die gemeinsame Datenbank).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>Die gemeinsame Datenbank {where} konnte nicht eingerichtet werden: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>Die gemeinsame Datenbank {where} hat Name und Passwort nicht akzeptiert. Kontrollieren Sie die Angaben und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>Ihr Konto darf sich nicht mehr an der gemeinsamen Datenbank {where} anmelden; wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>Die in {where} genannte Datenbank gibt es nicht; fragen Sie Ihren Administrator nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>Die gemeinsame Datenbank {where} ist nicht erreichbar: {reason}.</translation>
    </message>
</context>
</TS>
