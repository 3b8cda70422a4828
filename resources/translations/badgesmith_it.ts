<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Frequenza (tutti i criteri obbligatori completati)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Punteggio (totale pari o superiore al punteggio minimo)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Rubrica (ogni criterio obbligatorio al livello richiesto)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; non è un numero.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Come si consegue il traguardo (Markdown: **grassetto**, *corsivo*, - elenchi)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>per i traguardi a punteggio</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>separati da virgole, es. primo soccorso, salute e sicurezza</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>es. PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>es. it, fr-CA</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>es. 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Non scade mai</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Come si consegue</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Criteri (descrizione)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Regola di idoneità</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Punteggio minimo</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Allineamenti (quadri di riferimento e standard corrispondenti)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Ambito di studio</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Etichetta versione</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Validità</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Modello di attestato</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mese</numerusform>
            <numerusform> mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Punteggio minimo: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>Crediti: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Attestato di apprendistato</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Diploma post-secondario biennale</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Riconoscimento</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Laurea triennale</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Attestato di completamento</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificazione</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Servizio alla comunità</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Attività co-curricolare</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Titolo accademico</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Dottorato</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Attività sul campo</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Diploma equipollente (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Attestato di qualifica professionale</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Programma formativo</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Abilitazione</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Affiliazione</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Dottorato professionale</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Credenziale di garanzia della qualità</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Attestato di maestro artigiano</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Laurea magistrale</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Microcredenziale</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Dottorato di ricerca</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Diploma di scuola secondaria</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (percorso) (archiviato)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (percorso)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviato)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Nuovo traguardo</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Traguardi</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emesse</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Nessun traguardo. Fare clic su “Nuovo traguardo” per definire che cosa si certifica.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivia…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Nasconde un traguardo che non si conferisce più: le sue edizioni e credenziali restano e si verificano come prima</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>Il nuovo traguardo</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}: %n emessa</numerusform>
            <numerusform>v{number}: %n emesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>Credenziali emesse per versione — {versions}. Salvando le modifiche si crea una nuova versione; le credenziali già emesse mantengono quella precedente.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Credenziali emesse per versione — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Non ancora salvato.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Archivia traguardo</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>Traguardo {name} archiviato.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Annullata l&apos;archiviazione del traguardo {name}.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>Traguardo {name} ripristinato.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n edizione</numerusform>
            <numerusform>%n edizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credenziale</numerusform>
            <numerusform>%n credenziali</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} e {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>Archiviare {name}? Esce dall&apos;elenco dei traguardi e non può più essere scelto per nuove edizioni. Per ripristinarlo, usare “Mostra archiviati”.</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>Archiviare {name}? Esce dall&apos;elenco dei traguardi e non può più essere scelto per nuove edizioni. I dati collegati ({kept}) restano e si verificano come prima. Per ripristinarlo, usare “Mostra archiviati”.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>Il salvataggio crea una nuova versione di questo traguardo. L&apos;endorsement di {endorsers} garantisce la versione così com&apos;è ora, quindi le credenziali emesse d&apos;ora in poi non lo riporteranno. Chiedere a chi lo ha rilasciato un endorsement per la nuova versione.

Salvare comunque?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Salva traguardo</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Quadro di riferimento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Allineamenti</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Aggiungi allineamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Impossibile creare l&apos;area di lavoro dimostrativa</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Punteggio {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Livello: {levels} (richiesto: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Livello: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Digitare sì / superato / presente, oppure no / non superato / assente</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non iscritto.</translation>
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
            <numerusform>{learner}: “{text}” non è stato salvato — {reason} (%n valore in rosso non è salvato)</numerusform>
            <numerusform>{learner}: “{text}” non è stato salvato — {reason} (%n valori in rosso non sono salvati)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: “{text}” non è stato salvato — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>evidenze di {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} per {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ ha i requisiti</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Ha i requisiti per la credenziale.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (facoltativo)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Idoneità</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota sulle evidenze</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Link alle evidenze</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Eseguire ora il backup della chiave di firma</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Se questo computer va perso, il backup della chiave è l&apos;unico modo per continuare a emettere credenziali che risultino proprie alla verifica.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>Il file di backup è cifrato con la passphrase. Conservarlo lontano da questo computer: una chiavetta USB in un cassetto o l&apos;archivio sicuro dell&apos;organizzazione. Chiunque abbia il file e la passphrase può firmare a nome dell&apos;emittente.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Esegui il backup della chiave di firma…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Salva il backup della chiave</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-chiave.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Backup della chiave (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Salvato in {file}. Conservarlo al sicuro, lontano da questo computer.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Cambia la passphrase della chiave</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Tutte le chiavi (attuale e ritirate) vengono cifrate di nuovo. I backup della chiave fatti in precedenza mantengono la vecchia passphrase.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Passphrase attuale</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>Le due nuove passphrase non coincidono: digitare due volte la stessa.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>Dove lavorare?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith conserva i dati su questo computer oppure su un server di database condiviso da più persone.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo questo computer</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Un database condiviso (istituto)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Per un formatore o un piccolo gruppo su un solo computer: tutto è conservato in un&apos;unica cartella, e al passo successivo si indica chi conferisce le credenziali.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Per più docenti, ciascuno sul proprio computer, con un unico registro: si accede al server di database dell&apos;istituto. La prima persona che si connette a un nuovo database lo configura.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nuova edizione</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>es. Primo soccorso — maggio 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Traguardo *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Definire prima un traguardo (pagina Traguardi): ogni edizione porta a un traguardo.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Scegliere il traguardo a cui porta questa edizione.</translation>
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
        <translation>Edizione</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nuova edizione…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Iscrivi partecipanti…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importa risultati…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Registra i risultati di questa edizione da un file CSV o Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Esporta risultati…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Salva i risultati di questa edizione in un file CSV (apribile in sicurezza con un foglio di calcolo)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Elimina edizione…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Elimina un&apos;edizione che non ha emesso credenziali (annullabile fino alla chiusura di Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Togli dall&apos;edizione…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Toglie il partecipante selezionato da questa edizione, insieme ai suoi risultati (annullabile fino alla chiusura di Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Edizioni</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emesse</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Nessuna edizione. Un&apos;edizione è una singola sessione di un corso o di un evento: crearne una, poi iscrivere i partecipanti e registrarne i risultati.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Griglia di valutazione: partecipanti per criteri</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Digitare un valore e premere Tab (criterio successivo) o Invio (partecipante successivo); ogni cella viene salvata durante la digitazione. Passare il mouse su un&apos;intestazione di colonna per vedere che cosa accetta. Ctrl+Z annulla, Ctrl+Maiusc+Z ripristina.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Elimina questa edizione (annullabile fino alla chiusura di Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>Questa edizione ha emesso credenziali, che restano riconducibili a essa: non può essere eliminata. Per non offrire più il corso, archiviarne il traguardo.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Traguardo: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Docente: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>Che cosa ha fatto il partecipante, es. Calmo e metodico nella simulazione di RCP</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… link a una foto, un video o un documento (facoltativo)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Evidenze di {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n su {total} ha i requisiti</numerusform>
            <numerusform>%n su {total} hanno i requisiti</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>Nessun partecipante iscritto: usare “Iscrivi partecipanti…”.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Salvato</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} risultati.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Esporta risultati</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Risultati di {cohort} salvati in {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Eliminare l&apos;edizione {cohort}, con la sua %n iscrizione e i relativi risultati? I partecipanti restano. L&apos;operazione si può annullare fino alla chiusura di Badgesmith.</numerusform>
            <numerusform>Eliminare l&apos;edizione {cohort}, con le sue %n iscrizioni e i relativi risultati? I partecipanti restano. L&apos;operazione si può annullare fino alla chiusura di Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Elimina edizione</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Edizione eliminata: {cohort}.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Annullata l&apos;eliminazione dell&apos;edizione {cohort}.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Selezionare prima un partecipante nella griglia.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Togli dall&apos;edizione</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>Togliere {learner} da {cohort}, insieme ai risultati e alle evidenze registrati lì? Resta tra i partecipanti. L&apos;operazione si può annullare fino alla chiusura di Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>Partecipante tolto dall&apos;edizione {cohort}: {learner}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Annullata la rimozione di {learner} dall&apos;edizione {cohort}.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Scegli un colore</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Nessuno ha ancora configurato il database condiviso {where}, e per configurarlo serve il ruolo di amministratore. Rivolgersi all&apos;amministratore.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connessione a un database condiviso</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Più persone lavorano su un unico registro: ciascuna accede con il proprio nome utente, e il suo ruolo stabilisce che cosa può fare.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>ad es. db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>ad es. badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>il proprio nome utente, ad es. anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Cartella per i file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>Questi dati sono forniti dall&apos;amministratore. Badgesmith non salva mai la password: la chiede quando si riapre l&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>File su questo computer</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>I dati (partecipanti, risultati, credenziali) sono conservati nel database; gli attestati e le bozze delle e-mail vengono scritti in questa cartella.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Cartella per i file dell&apos;area di lavoro condivisa</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Digitare per cercare un paese</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sostituita</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — da rivedere</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessa il</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID credenziale</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Cerca credenziali</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Cerca per nome del partecipante, e-mail o ID credenziale…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>In scadenza entro %n giorno</numerusform>
            <numerusform>In scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Emesse dal</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Credenziali emesse</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>Nessun file di attestato per questa credenziale.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>L&apos;attestato così come è stato emesso. Sbloccare la chiave di firma per vederlo come lo scriverebbe ora Riesporta.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>La credenziale così come è stata firmata (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>Credenziale (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Mantieni dopo revisione</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>Conferma, dopo averla esaminata, questa credenziale segnalata così com&apos;è: la segnalazione viene tolta e il registro di controllo annota la decisione</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>Riesporta…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>Stampa gli attestati selezionati (Ctrl+clic per selezionarne più di uno); quelli revocati non vengono mai stampati</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Pubblica sito…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Scrive la pagina di verifica, gli elenchi di stato e il profilo dell&apos;emittente nella cartella di pubblicazione (Impostazioni ▸ Pubblicazione), da caricare online dopo una revoca.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>al</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Tutti i traguardi</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Nessuna credenziale emessa: emetterle dalla pagina Emissione.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} visualizzate su {total} emesse</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Selezionare una credenziale per visualizzarla.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} il {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Stato: {status} · conferita il {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>Da rivedere: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>I dati personali del partecipante sono stati cancellati: non si conserva alcun attestato. La credenziale può ancora essere verificata e revocata.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Caricamento dell&apos;attestato…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>Per questa credenziale non si conserva alcun file di attestato.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>Il file dell&apos;attestato non si trova più dove era stato scritto; usare Riesporta per crearne una nuova copia.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>Mantenere così com&apos;è la credenziale {achievement} di {learner}? Resta valida, il segno di revisione viene tolto e il registro di controllo annota la decisione. (Per ritirarla, usare invece Revoca….)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>Ripristinare la credenziale di {learner} ({achievement})? Era stata revocata per questo motivo: {reason}. Una volta ripristinata, risulta di nuovo valida alla verifica.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nessun motivo registrato</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Ripristina credenziale</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Per il ripristino serve la passphrase della chiave di firma.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>Riesporta nella cartella</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Scritti: {first} e {second} in {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>La riesportazione firma con la chiave un nuovo contenuto per il codice QR.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Caricare sul sito web ciò che è cambiato.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Livello di rubrica</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Superato / presente</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Livello richiesto</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Aggiungi criterio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Livelli di rubrica del criterio selezionato (dal più basso)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Aggiungi livello</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Rimuovi livello</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Livello {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Criterio &apos;{name}&apos;: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>Il link di verifica di ogni partecipante viene firmato con la chiave di firma.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Inviare per e-mail a ogni partecipante l&apos;attestato (PDF), la credenziale (JSON) e il badge (PNG) tramite il proprio account di posta, oppure salvare i messaggi come bozze da inviare con il programma di posta. Nessuno riceve due volte la stessa credenziale; le credenziali revocate non vengono mai inviate.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Account di posta…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Messaggio…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Posta in uscita: che cosa è stato inviato a chi</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>Copia link LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Apri cartella pacchetti</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Salva come bozze…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n emessa)</numerusform>
            <numerusform>{cohort}  (%n emesse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>Invio come {address} tramite {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Nessun account di posta: configurarne uno con “Account di posta…” oppure salvare bozze.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n credenziale valida</numerusform>
            <numerusform>%n credenziali valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n inviata</numerusform>
            <numerusform>%n inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n da inviare</numerusform>
            <numerusform>%n da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n non riuscita (verrà reinviata con le altre)</numerusform>
            <numerusform>%n non riuscite (verranno reinviate con le altre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n senza indirizzo e-mail</numerusform>
            <numerusform>%n senza indirizzo e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>Nessuna credenziale valida in questa edizione: emetterle prima.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Invia a %n partecipante</numerusform>
            <numerusform>Invia a %n partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Non è stato inviato nulla</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Invio completato</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Invio interrotto</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Invio non riuscito</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Invio a {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Salva pacchetti e bozze in</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n partecipante su {total} ha già ricevuto l&apos;e-mail. Creare la bozza anche in questo caso? (Inviandola, riceverebbe una seconda copia.)</numerusform>
            <numerusform>%n partecipanti su {total} hanno già ricevuto l&apos;e-mail. Creare le bozze anche per loro? (Inviandole, riceverebbero una seconda copia.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Aprire ogni file .eml nel programma di posta per inviarlo.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Bozze salvate</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Salvataggio di pacchetti e bozze…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>Link LinkedIn di {learner} copiato:
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
        <translation>Scegli un file da verificare</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Trascinare qui il PDF di un attestato o di un riepilogo, una credenziale o un registro formativo (.json) o la foto del codice QR, oppure fare clic per scegliere un file</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Endorsement di un traguardo</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Un altro ente ha inviato una richiesta di endorsement per uno dei suoi traguardi. L&apos;endorsement viene firmato con la chiave di firma, a nome dell&apos;emittente di questa area di lavoro; l&apos;ente lo aggiunge al traguardo e tutte le credenziali che emette lo riportano.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Scegli richiesta…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Nessuna richiesta scelta.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>Cosa si vuole dire del traguardo, es. perché i propri associati lo apprezzano (facoltativo)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Firma e salva…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Scegli una richiesta di endorsement</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, conferito da {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>Il commento è lungo %n carattere; ne sono ammessi al massimo {limit}.</numerusform>
            <numerusform>Il commento è lungo %n caratteri; ne sono ammessi al massimo {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>Per firmare un endorsement serve la passphrase della chiave di firma.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - endorsement.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Salva l&apos;endorsement firmato</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>L&apos;endorsement per {achievement} è stato salvato in {file}. Inviarlo a {provider}, insieme alla scheda emittente (Impostazioni ▸ Chiavi di firma ▸ Esporta scheda emittente…) se non l&apos;ha ancora ricevuta.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Per la versione {number} (precedente)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Rilasciato da</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Endorsement</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Esporta richiesta di endorsement…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Un file con questa versione del traguardo, che un datore di lavoro o un ente professionale firma nel proprio Badgesmith</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Aggiungi endorsement…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Salvare prima il traguardo: un endorsement lo garantisce così come è stato salvato.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Nessun endorsement. Esportare una richiesta e inviarla a un datore di lavoro o a un ente professionale, poi aggiungere l&apos;endorsement che firmano e rimandano. Le credenziali emesse da quel momento lo riportano.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Ogni endorsement vale per una sola versione: dopo una modifica che crea una nuova versione, chiedere un nuovo endorsement. Le credenziali già emesse mantengono il proprio.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - richiesta di endorsement.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Esporta richiesta di endorsement</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>File scritto: {file}. Inviarlo al datore di lavoro o all&apos;ente professionale, che lo firma nel proprio Badgesmith (File ▸ Rilascia un endorsement…) e rimanda l&apos;endorsement da aggiungere qui.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Aggiungi endorsement</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>Aggiunto l&apos;endorsement di {endorser}. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>Rimuovere l&apos;endorsement di {endorser}? Le credenziali emesse d&apos;ora in poi non lo riporteranno più; quelle già emesse lo mantengono.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Rimuovi endorsement</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Iscrivi partecipanti a {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Selezionare i partecipanti (Ctrl+clic o Maiusc+clic per più di uno, Ctrl+A per tutti quelli visualizzati):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Iscrivi selezionati</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Selezionare almeno un partecipante.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Cancella dati personali</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Ho capito che i dati di {name} non potranno essere recuperati</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dati personali cancellati</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Permesso negato: {file}. Scegliere una cartella in cui si può scrivere.</translation>
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
        <translation>Un errore interno ha interrotto l&apos;operazione ({error}); non è rimasto nulla di scritto a metà. I dettagli sono nel registro in {folder}: si prega di segnalare il problema.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what}: ci sono modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what}: ci sono modifiche che non si possono salvare: {reason} Scartarle?</translation>
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
        <translation>In presenza</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Mista (online e in presenza)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Senza sorveglianza</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Con sorveglianza, senza verifica dell&apos;identità</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Con sorveglianza e verifica dell&apos;identità</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Autonoma</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Cumulabile</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>Microcredenziale UE</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Uno per riga: cosa sa fare il partecipante al termine</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Carico di lavoro teorico (ore)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Quadro europeo delle qualifiche (EQF)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Livello: quadro di riferimento</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>EQF o quadro nazionale</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Livello nel quadro</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>es. 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>Il livello non è applicabile</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>es. Prova scritta e prova pratica osservata da un valutatore</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>es. Revisione interna dei risultati; il corso viene riesaminato ogni anno</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrazione</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Cumulabile ai fini di</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>un indirizzo web o una frase</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>Crediti ECTS: il campo Crediti qui sopra</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>ai fini di</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>Il partecipante, il titolo, la data di rilascio e l&apos;ente di rilascio provengono da ciascuna credenziale; il paese dell&apos;ente da Impostazioni ▸ Profilo emittente.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Tipo di valutazione</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Forma di partecipazione</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Tipo di garanzia della qualità</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Facoltativi:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisiti</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Sorveglianza e verifica dell&apos;identità</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Ulteriori informazioni</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Nascondi gli elementi</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Mostra gli elementi</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>la credenziale a cui concorre</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln credenziale scade entro {period}.</numerusform>
            <numerusform>%Ln credenziali scadono entro {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Mostrala</numerusform>
            <numerusform>Mostrale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Un file CSV o Excel (.xlsx) con un partecipante per riga. Non viene importato nulla finché non si conferma nell&apos;ultima pagina.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Percorso di un file .csv o .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importa partecipanti</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Benvenuti in Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>Impossibile aprire un gestore di file. La cartella è:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copia percorso</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Guida utente di Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>In questa installazione manca la guida utente: reinstallare Badgesmith.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Scegli immagine…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Nessuna immagine</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Scegli l&apos;immagine</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Scegli il logo</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Scegli sfondo…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Nessuno sfondo</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Scegli lo sfondo</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Scegli firma…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Nessuna firma</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Scegli la firma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(anteprima non disponibile)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Importa partecipanti</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Non c&apos;è alcun file in {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n riga, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n righe, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n riga. {summary}.</numerusform>
            <numerusform>✓ {file}: %n righe. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Verrà importato</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Errore</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicato nel file</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Già nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matricola</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Corretto a mano.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.tsv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Importa risultati — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Un file CSV o Excel con una colonna per criterio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Registra risultati</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Ogni riga indica il partecipante per e-mail, matricola o nome; le colonne portano il nome dei criteri (più le colonne facoltative Valutatore, Data, Note e Link evidenza). Non viene registrato nulla finché non si conferma.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importa risultati</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Premere Invio per leggere il file.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Tutte le righe sono corrette.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>Registra %n risultato</numerusform>
            <numerusform>Registra %n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} Non è stato registrato nulla.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Come nel design del traguardo</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Nessuna (una sola lingua)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Partecipanti e idoneità all&apos;emissione della credenziale</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Selezionare un partecipante per vedere l&apos;anteprima del suo attestato.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Cartella degli attestati</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Emetti di nuovo anche per chi l&apos;ha già ricevuta (rinnovo; mantiene la data di conferimento)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Rinnova selezionati…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Emette di nuovo solo per i partecipanti selezionati (es. dopo una prova di recupero o per sostituire una credenziale revocata); Ctrl+clic per sceglierne più di uno</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Stampa il file di stampa dell&apos;edizione: tutti gli attestati attivi nella cartella di destinazione (quelli revocati non vengono mai stampati)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Emetti</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Lingua dell’attestato</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Anteprima (non firmata; l&apos;attestato emesso riporta il codice QR firmato con la chiave):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Emissione delle credenziali</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n partecipante)</numerusform>
            <numerusform>{cohort}  (%n partecipanti)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (percorso: sceglierlo per vedere chi lo ha completato)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Nessuna edizione: crearne una nella pagina Edizioni e valutazione.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Ancora nulla da mostrare in anteprima.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>Nessun partecipante è iscritto a questa edizione.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. È comunque possibile emettere: le credenziali non conterranno questi elementi. Per aggiungerli, usare la pagina Traguardi.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n da emettere</numerusform>
            <numerusform>%n da emettere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n già emessa</numerusform>
            <numerusform>%n già emesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n senza requisiti</numerusform>
            <numerusform>%n senza requisiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n revocata (non viene rinnovata con le altre)</numerusform>
            <numerusform>%n revocate (non vengono rinnovate con le altre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Emetti %n credenziale</numerusform>
            <numerusform>Emetti %n credenziali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Rinnova %n selezionato…</numerusform>
            <numerusform>Rinnova %n selezionati…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generazione in corso…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>L&apos;emissione firma ogni credenziale con la chiave di firma.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>La credenziale {credential} di {learner} è stata revocata. Il rinnovo emette una nuova credenziale valida; quella revocata resta revocata e continua a risultare tale a chi la verifica. Rinnovarla?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>Emettere una nuova credenziale per {learner}? Sostituisce {credential}, che alla verifica risulterà sostituita da una credenziale più recente; la data di conferimento resta invariata e i vecchi file vengono spostati nella cartella &apos;replaced&apos; della cartella di destinazione.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>Emettere una nuova credenziale per %n partecipante: {names}? Sostituisce la sua credenziale, che alla verifica risulterà sostituita da una più recente; la data di conferimento resta invariata e i vecchi file vengono spostati nella cartella &apos;replaced&apos; della cartella di destinazione.</numerusform>
            <numerusform>Emettere nuove credenziali per %n partecipanti: {names}? Ognuna sostituisce la credenziale del partecipante, che alla verifica risulterà sostituita da una più recente; le date di conferimento restano invariate e i vecchi file vengono spostati nella cartella &apos;replaced&apos; della cartella di destinazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Con credenziale revocata: {names}. Ciascuno riceve una nuova credenziale valida; quella revocata resta revocata e continua a risultare tale a chi la verifica.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Esclusi: {names} (credenziale non ancora emessa, requisiti non soddisfatti o nome non stampabile).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Rinnova credenziale</numerusform>
            <numerusform>Rinnova credenziali</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Emissione non riuscita</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Emissione già in corso</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Emissione delle credenziali per {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e %n altro</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Emessa — da rivedere</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Già emessa</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Senza requisiti</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Nome non stampabile</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Da emettere</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>Il rinnovo la salta: selezionare il partecipante e usare Rinnova selezionati.</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Una credenziale su cui si basa è stata revocata: mantenerla o revocarla nella pagina Credenziali.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>Emissione completata</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Emissione interrotta</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Emesse: {issued} · saltate: {skipped} · non riuscite: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Annullato: le credenziali contate come emesse sono complete. Emettere di nuovo per completare le altre; nessuno riceverà un duplicato.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>PDF pronto per la stampa: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n attestato revocato escluso dal file di stampa.</numerusform>
            <numerusform>%n attestati revocati esclusi dal file di stampa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Cartella: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>generato con una grafica o versione precedente</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>revocato, escluso dal file di stampa</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>es. 1337 (facoltativo)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>es. Lombardia, Baviera (facoltativo)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>Le credenziali indicano il paese (e la regione) da cui vengono conferite: è un elemento richiesto per una microcredenziale UE.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>Attestati, messaggi ai partecipanti e pagina di verifica sono in questa lingua, a meno che un traguardo o un’edizione ne scelga un’altra.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>Dove si verificano online gli attestati (pagina di verifica, elenco di stato, dominio) si imposta nella scheda Pubblicazione.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>ID organizzazione LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>Il numero nell&apos;indirizzo di amministrazione della pagina aziendale LinkedIn: i link &quot;Aggiungi al profilo&quot; dei partecipanti mostreranno così l&apos;organizzazione con il suo logo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salva profilo</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>Il profilo dell&apos;emittente</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>Il profilo dell&apos;emittente è stato salvato. Le credenziali emesse d&apos;ora in poi lo riporteranno.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Proteggere la chiave di firma</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmith crea una nuova chiave di firma e la conserva cifrata con questa passphrase, che andrà digitata per emettere o revocare credenziali.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Conferma password</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Almeno %Ln carattere; una breve frase è facile da ricordare e difficile da indovinare. Nessuno potrà recuperarla in caso di smarrimento.</numerusform>
            <numerusform>Almeno %Ln caratteri; una breve frase è facile da ricordare e difficile da indovinare. Nessuno potrà recuperarla in caso di smarrimento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>La passphrase deve contenere almeno %Ln carattere.</numerusform>
            <numerusform>La passphrase deve contenere almeno %Ln caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>Le due passphrase non coincidono: digitare due volte la stessa passphrase.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Attuale (firma le nuove credenziali)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Ritirata (vale ancora per la verifica)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificativo (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>La chiave di firma dimostra la provenienza delle credenziali. Le chiavi ritirate vengono conservate perché le credenziali firmate con esse restino verificabili.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Chiavi di firma</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Backup chiave…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Esporta scheda emittente…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambia passphrase…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Sostituisci chiave…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Backup della chiave di firma</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>Il file di backup contiene la chiave di firma, cifrata con la passphrase.

Chiunque abbia questo file E la passphrase può emettere credenziali a nome dell&apos;emittente. Conservarlo lontano da questo computer (una chiavetta USB in un cassetto, l&apos;archivio sicuro dell&apos;organizzazione), mai insieme alla passphrase, e non inviarlo mai per e-mail.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Salva il backup della chiave</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Backup della chiave (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Backup della chiave salvato in {path}. Conservarlo al sicuro, lontano da questo computer.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Salva la scheda dell&apos;emittente</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Scheda emittente (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Scheda dell&apos;emittente salvata in {path}. Condividerla con chiunque debba considerare attendibili le credenziali emesse; non contiene dati segreti.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>La passphrase è stata cambiata. Eseguire un nuovo backup della chiave: i backup precedenti richiedono ancora la vecchia passphrase.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Sostituisci la chiave di firma</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>Creare una nuova chiave di firma e ritirare quella attuale? Le credenziali già emesse restano verificabili. In seguito, pubblicare di nuovo la pagina di verifica e la scheda dell&apos;emittente.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>È in uso una nuova chiave di firma. Eseguirne subito il backup (Backup chiave…).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Lingua di Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>Badgesmith userà questa lingua dal prossimo avvio. badgesmith --lang CODICE o la variabile {variable} ne scelgono un&apos;altra per un solo avvio.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Salvato: {language}, dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Modifica partecipante</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matricola</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matricola</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Filtra per nome, e-mail o matricola…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Ordina per nome</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Ordina per cognome</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Cognome: l&apos;ultima parola del nome</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Aggiungi partecipante…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Elimina un partecipante inserito per errore (non uno che ha credenziali; annullabile fino alla chiusura di Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella dati personali…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>Diritto alla cancellazione: i dati del partecipante vengono eliminati definitivamente, le sue credenziali restano verificabili e revocabili</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Registro formativo…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Salva l&apos;intero registro formativo firmato del partecipante selezionato: un riepilogo PDF (con codice QR e registro incorporato) o il file CLR 2.0 leggibile da un wallet o da un datore di lavoro</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Credenziale esterna…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Aggiunge una credenziale ottenuta dal partecipante selezionato presso un emittente attendibile (il suo JSON o il PDF dell&apos;attestato). Viene prima verificata e conta per i percorsi che ne includono il traguardo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Salva tutti i partecipanti in un file CSV nel formato del foglio di calcolo (apribile in sicurezza)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importa da file…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Trova partecipanti</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Nessun partecipante: aggiungerne uno o importare un foglio di calcolo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln corrispondente</numerusform>
            <numerusform>%Ln corrispondenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln partecipante</numerusform>
            <numerusform>%Ln partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>Eliminare {name}, con le relative iscrizioni e i risultati? L&apos;operazione si può annullare fino alla chiusura di Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Elimina partecipante</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>Partecipante eliminato: {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Annullata l&apos;eliminazione di {learner}.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>partecipanti.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Esporta partecipanti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>I partecipanti sono stati salvati in {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Selezionare prima un partecipante: il suo registro formativo contiene tutte le credenziali valide che ha ottenuto.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Riepilogo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Registro formativo CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - registro.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Salva il registro formativo di {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>Il registro formativo di {name} è stato salvato in {file}. Contiene dati personali: il file resta leggibile solo dal proprio account finché non viene condiviso.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>Il registro formativo è firmato: serve la passphrase della chiave di firma.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Selezionare prima il partecipante che ha ottenuto la credenziale.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Aggiungi una credenziale ottenuta altrove da {name}</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Credenziali (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>{achievement} di {issuer} aggiunto al registro formativo di {name}: conta per i percorsi che lo includono.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (di solito porta 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (di solito porta 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Nessuna (solo in una rete attendibile)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>Account di posta per l&apos;invio</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>es. smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>l&apos;indirizzo che i partecipanti vedono e a cui possono rispondere</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmith invia tramite l&apos;account di posta configurato qui, e solo quando si preme Invia. La password viene conservata cifrata con la passphrase della chiave di firma.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Server *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome mittente</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Indirizzo mittente *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Invia un messaggio di prova…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>memorizzata (lasciare vuoto per mantenerla)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>La password viene conservata cifrata con la passphrase della chiave.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Invia un messaggio di prova</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Invia un messaggio di prova a:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>Il server ha accettato il messaggio di prova:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>La password di posta memorizzata è cifrata con la passphrase della chiave.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Connetti a un database &amp;condiviso…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>&amp;Backup dell&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>Ri&amp;pristina area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>Rilascia un en&amp;dorsement…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>&amp;Sblocca chiave di firma…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>B&amp;locca chiave di firma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;Guida utente di Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>&amp;Informazioni su Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>Informazioni su Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Credenziali Open Badges 3.0 firmate, con attestati cartacei verificabili, senza connessione.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Sblocca…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Database condiviso {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Dati: {address}
File: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Area di lavoro: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Chiave di firma: sbloccata per questa sessione</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Chiave di firma: bloccata</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Scegli una cartella vuota per la nuova area di lavoro</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} non è vuota: scegliere o creare una cartella vuota.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Apri la cartella di un&apos;area di lavoro</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>In {folder} non c&apos;è un&apos;area di lavoro di Badgesmith.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Un&apos;operazione è ancora in corso. Interromperla e aprire l&apos;altra area di lavoro? Gli elementi completati vengono mantenuti.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Backup dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Backup (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Backup salvato in {file}, firmato con la chiave.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>Il backup viene firmato con la chiave, così al ripristino se ne può riconoscere la provenienza.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Ripristina l&apos;area di lavoro da un backup</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Ripristina area di lavoro</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>Sostituire tutto il contenuto di {folder} con il backup {file}?

{details}

I dati attuali vengono conservati nella cartella dei backup dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Un&apos;operazione è ancora in corso. Interromperla e ripristinare il backup? Gli elementi completati vengono mantenuti.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Un&apos;operazione è ancora in corso. Uscire comunque? Gli elementi completati vengono mantenuti.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matricola</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Che cosa contiene ogni colonna?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmith ha dedotto le colonne dalle intestazioni; correggere se necessario. Una colonna con il nome completo prevale su nome e cognome separati.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — colonna {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(senza intestazione)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Messaggio ai partecipanti</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Scegli una lingua…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Parti dal messaggio in</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Usa questo messaggio solo per “{achievement}”</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Segnaposto: {placeholders}. Una riga i cui segnaposto sono tutti vuoti viene omessa.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>Che cosa riceverebbe il primo partecipante</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Emettere una credenziale in questa edizione per vedere un&apos;anteprima.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(Nessuna anteprima finché il messaggio contiene l&apos;errore indicato a sinistra.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>A: {name} &lt;{address}&gt;
Oggetto: {subject}

{body}

Allegati: l&apos;attestato (PDF), la credenziale (JSON), il badge (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Sostituire il messaggio</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>Il messaggio già pronto in {language} sostituisce l&apos;oggetto e il testo scritti finora. Sostituirli?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossibile aprire l&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Non ancora inviato</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Bozza salvata</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrotto durante l&apos;invio</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Inviato</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Non riuscito</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— nessun indirizzo —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Risposta del server</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta report…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Salva questi grafici e i relativi dati in un PDF, per un riesame della qualità o per un ente di accreditamento</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Ancora niente da mostrare. Dopo aver svolto un&apos;edizione o emesso credenziali, questa pagina mostra quante credenziali sono state emesse ogni mese, il tasso di superamento di ogni edizione, i criteri non soddisfatti dai partecipanti e quali credenziali scadono a breve.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Credenziali emesse per mese</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Tasso di superamento per edizione</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Partecipanti che non hanno soddisfatto ciascun criterio</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Credenziali da rinnovare</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Rinnova selezionati…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Emette per i partecipanti selezionati nuove credenziali che sostituiscono quelle in scadenza (Ctrl+clic per sceglierne più di uno)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count} su {total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} giorni</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n credenziale emessa in questo periodo.</numerusform>
            <numerusform>%n credenziali emesse in questo periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>Nessuna credenziale emessa in questo periodo.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>Emesse da {first} a {last}: {total}. Per mese: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Partecipanti che soddisfano i requisiti del traguardo, sul totale degli iscritti.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>Nessuna edizione con partecipanti svolta in questo periodo.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: {eligible} su {learners} con i requisiti ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>Dei partecipanti valutati su un criterio, la quota di chi non l&apos;ha soddisfatto.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>Nessun risultato registrato in questo periodo.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}: {not_met} su {assessed} non l&apos;hanno soddisfatto ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Credenziali in scadenza entro %n giorno</numerusform>
            <numerusform>Credenziali in scadenza nei prossimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n credenziale scade a breve: selezionarla e rinnovarla.</numerusform>
            <numerusform>%n credenziali scadono a breve: selezionarle e rinnovarle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Nessuna credenziale scade entro %n giorno.</numerusform>
            <numerusform>Nessuna credenziale scade nei prossimi %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>tra {first} e {last} giorni: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>report di sintesi {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>Il report di sintesi è stato salvato in {file}. Contiene i nomi dei partecipanti: il file resta leggibile solo dal proprio account finché non viene condiviso.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Rinnova %n selezionato…</numerusform>
            <numerusform>Rinnova %n selezionati…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>Rinnovare %n credenziale? Se il partecipante soddisfa ancora i requisiti, riceve una nuova credenziale che sostituisce quella in scadenza: la data di conferimento resta invariata e i vecchi file vengono spostati nella cartella &apos;replaced&apos; accanto a essi.</numerusform>
            <numerusform>Rinnovare %n credenziali? Ogni partecipante che soddisfa ancora i requisiti riceve una nuova credenziale che sostituisce quella in scadenza: la data di conferimento resta invariata e i vecchi file vengono spostati nella cartella &apos;replaced&apos; accanto a essi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Destinazione: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Escluse: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Rinnova credenziale</numerusform>
            <numerusform>Rinnova credenziali</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>Il rinnovo firma ogni nuova credenziale con la chiave di firma.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Rinnovo delle credenziali…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Traguardi</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Edizioni e valutazione</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emissione</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
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
        <translation>Tutti</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Almeno {needed} su {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ ottenuto il {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>soddisfatto</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>ne manca %n</numerusform>
            <numerusform>ne mancano %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non necessario</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Diagramma dei requisiti del percorso</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>Questo traguardo è un percorso (si consegue ottenendone altri)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Modifica requisiti…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Cerca partecipanti per nome o e-mail</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Avanzamento del partecipante</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Avanzamento del partecipante…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>traguardo {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Nessun partecipante: solo requisiti</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: completato il {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: non ancora — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Nessuna anteprima</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Impossibile visualizzare questo PDF.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Può accedere</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>no (rimosso)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Tutti gli utenti che accedono a questo database condiviso, e che cosa consente loro il proprio ruolo. È il database stesso a far rispettare i ruoli.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Aggiungi utente…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambia ruolo…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} può ora accedere come {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>Rimuovere {name}? Non potrà più accedere; il registro di controllo conserva le sue azioni a suo nome.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Rimuovi utente</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Scegliere prima un utente nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>ad es. anna o a.rossi</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>Comunicare la password all&apos;interessato di persona: la userà per accedere dal proprio computer. Badgesmith non la conserva.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Un docente registra partecipanti e risultati; un emittente inoltre emette e revoca credenziali e modifica i traguardi; un amministratore inoltre gestisce utenti, chiavi e impostazioni.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Le due password non coincidono: digitare due volte la stessa password.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Controllo prima dell&apos;importazione</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Ogni riga del file e che cosa ne verrà fatto. Per correggere una riga esclusa, fare doppio clic sul nome, sull&apos;e-mail o sulla matricola (oppure selezionarla e premere F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Importa %n partecipante</numerusform>
            <numerusform>Importa %n partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niente da importare</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Nessuna riga di questo file può ancora essere importata: vedere i motivi qui sopra e correggere le righe qui o nel file.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} non è leggibile come PDF; non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>La stampante {printer} non ha accettato il lavoro; controllarla e stampare di nuovo.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>La stampante ha smesso di ricevere pagine; controllarla e stampare di nuovo.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Stampa {title}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>%n pagina inviata a {printer}.</numerusform>
            <numerusform>%n pagine inviate a {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Annullato: %n pagina su {total} è stata inviata a {printer}.</numerusform>
            <numerusform>Annullato: %n pagine su {total} sono state inviate a {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Non stampati:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Stampa di {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>Chi conferisce le credenziali?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Questi dati vengono stampati su ogni attestato e scritti in ogni credenziale.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>es. Centro Formazione Northbridge</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (facoltativo)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>Annullamento… completamento dell&apos;elemento in corso.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} di {total}: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>Nomi, traguardi e risultati dei partecipanti diventano pubblici a questi indirizzi, per chiunque li trovi. Le credenziali revocate vengono rimosse alla pubblicazione successiva.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>In quale cartella pubblicare?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>La pubblicazione firma l&apos;elenco di stato con la chiave di firma.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>Pubblica crea una cartella per il sito web: la pagina di verifica, il profilo dell&apos;emittente, l&apos;elenco di stato che rende visibili le revoche e, se si usa un dominio proprio, did.json. Caricare la cartella su qualsiasi hosting web; il file README.txt al suo interno indica dove va ogni file.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org oppure utente.github.io:badges (facoltativo)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>Pubblica il JSON di ogni credenziale (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Pagina di verifica</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>Il codice QR di ogni attestato apre questa pagina; il codice dell&apos;attestato resta nel #frammento del link, che non raggiunge mai il server.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Elenco di stato</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Metterlo nella stessa cartella della pagina (per esempio status/1 accanto a verify.html): la pagina mostrerà così se un attestato è stato revocato.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Dominio proprio (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Lasciare vuoto se non si dispone di un dominio: chi verifica riconoscerà la chiave dalla sua impronta (did:key). Con un dominio proprio, le credenziali lo indicano come emittente e vi si carica did.json; le nuove chiavi vi vengono aggiunte e quelle vecchie mantenute, così le credenziali precedenti restano verificabili.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} In questo modo LinkedIn e i wallet hanno un indirizzo stabile per ogni credenziale.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Scegli cartella…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Pubblica in</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nessuna cartella scelta.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Salvato. Le credenziali emesse d&apos;ora in poi riporteranno questi indirizzi.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Pubblica credenziali</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

Pubblicarle?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>Le impostazioni di pubblicazione</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(dati personali cancellati)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Requisiti del percorso</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisiti</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Tutti questi</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Almeno N di questi</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>Il gruppo selezionato richiede</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N, quanti ne richiede il gruppo</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>Il gruppo selezionato richiede:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Traguardo da aggiungere</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Aggiungi traguardo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Aggiungi gruppo</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Un gruppo annidato, es. “almeno 2 di” dentro “tutti”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Rimuovi il traguardo o il gruppo selezionato (Canc)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>I partecipanti conseguono questo traguardo ottenendo i traguardi qui sotto. Selezionare un gruppo per cambiarne i requisiti o per aggiungervi elementi.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>traguardo {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Almeno {needed} su %n</numerusform>
            <numerusform>Almeno {needed} di questi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} è già in questo gruppo.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Revoca credenziale</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>Revocare la credenziale di {learner}? Si potrà ripristinarla in seguito.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Motivo, es. Emessa per errore: edizione sbagliata</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>Per la revoca serve la passphrase della chiave di firma.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Grafica attestato</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Profilo emittente</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Pubblicazione</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Chiavi di firma</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emittenti attendibili</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Connessione al database condiviso</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Ogni persona accede con il proprio nome utente; il suo ruolo stabilisce che cosa può fare.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Accesso al database condiviso</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>Il database condiviso {where} richiede nome utente e password.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Colore principale</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Colore di risalto</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Testo secondario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Prima del nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Prima del traguardo</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Dopo il traguardo</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Etichetta data di emissione</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Etichetta scadenza</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>In alto al centro</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>In alto a sinistra</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>In alto a destra</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non mostrato</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettera USA (8,5 × 11 pollici)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Verticale</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>La lingua dell’emittente</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Nessuna (una sola lingua)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>Stampa la pagina della microcredenziale UE</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Se il traguardo ha elementi di microcredenziale UE, i suoi attestati li elencano in una seconda pagina.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logo e sfondo</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Logo dell&apos;emittente</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Sfondo</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Firmatari (nome, qualifica e immagine della firma; fino a tre)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Qualifica, es. Direttore del corso</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Salva grafica</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Ripristina modello</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Seconda lingua (bilingue)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Qui compare l&apos;anteprima.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>questo traguardo</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>La grafica dell&apos;attestato di “{name}”</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Creare prima un traguardo: qui se ne modifica la grafica dell&apos;attestato.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Cambia modello</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Un altro modello sostituisce colori, testi e firmatari modificati e non salvati. Scartare queste modifiche?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Salvata: gli attestati emessi d&apos;ora in poi useranno questa grafica.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Emittente</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificativo (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Le credenziali firmate da questi emittenti risultano attendibili alla verifica. Importare la scheda ricevuta dall&apos;emittente (e controllarne l&apos;impronta con l&apos;emittente stesso).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emittenti attendibili</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Nessun emittente attendibile.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Importa scheda emittente…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Importa una scheda emittente</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Scheda emittente (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} è ora attendibile (impronta della chiave {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>Non considerare più attendibile {name}?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Rimuovi emittente attendibile</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Ripristina ciò che è stato rimosso (Ctrl+Z)</translation>
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
        <translation>Sblocca la chiave di firma</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>Per firmare serve la passphrase della chiave. Resta in memoria fino alla chiusura di Badgesmith o al blocco della chiave.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Attestati e credenziali (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Apri file…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Incolla il testo di un codice QR</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…oppure incollare qui il testo di un codice QR scansionato (o un link di verifica)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Verifica testo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Ricontrolla</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Controlla di nuovo lo stesso file o testo, in base a quanto ora noto a questa area di lavoro</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Verifica una credenziale</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Controlla la firma, la chiave dell&apos;emittente (propria, attendibile o sconosciuta), le date, la revoca secondo quanto noto a questa area di lavoro e la corrispondenza tra codice QR e credenziale. Nessun dato lascia questo computer.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Nessuna credenziale controllata.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Verifica un file</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Testo incollato</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Controllato alle {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Confrontarlo con il documento cartaceo o la pagina che si ha davanti.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Un traguardo senza nome</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>nessun ID</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>Non di questo partecipante</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>La %n credenziale del registro, verificata singolarmente</numerusform>
            <numerusform>Le %n credenziali del registro, ciascuna verificata singolarmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>Dove si potranno verificare gli attestati?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>Il codice QR di un attestato può aprire una pagina del proprio sito web che lo verifica e mostra se è stato revocato.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>Badgesmith crea quella pagina e l&apos;elenco degli attestati revocati; basta caricarli sul proprio sito web (Impostazioni ▸ Pubblicazione ▸ Pubblica).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Non ho ancora un sito web</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Metterò la pagina sul mio sito web</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>In tal caso, un telefono che inquadra un attestato ne mostra il codice come testo (la pagina Verifica di Badgesmith lo controlla comunque) e le revoche restano su questo computer. Gli indirizzi si possono aggiungere in seguito in Impostazioni ▸ Pubblicazione; gli attestati mantengono quanto impostato al momento dell&apos;emissione.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org oppure utente.github.io:badges  (facoltativo)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Pagina di verifica</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Elenco di stato</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>L&apos;elenco di stato è l&apos;elenco degli attestati revocati; tenerlo accanto alla pagina.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Dominio proprio</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Solo se si possiede il dominio e vi si possono caricare file: le credenziali lo indicheranno come emittente (did:web). Altrimenti la chiave è riconosciuta dalla sua impronta (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Digitare l&apos;indirizzo che avrà la pagina di verifica oppure scegliere “Non ho ancora un sito web”.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Dove si trova l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Traguardi, partecipanti, risultati e credenziali emesse sono conservati in un&apos;unica cartella.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Cartella dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Scegli un&apos;altra cartella…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Eseguirne il backup da File ▸ Backup dell&apos;area di lavoro…; il backup include la chiave cifrata.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Dove si trovano i file</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>I dati sono conservati nel database condiviso; gli attestati e le bozze delle e-mail vengono scritti in questa cartella, su questo computer.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Creazione della chiave di firma…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>La credenziale non è firmata (non ha una prova).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>La prova della credenziale non è valida.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>La credenziale deve contenere esattamente una DataIntegrityProof con la suite crittografica eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>La prova non indica alcun metodo di verifica.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>Lo scopo della prova non è assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>La chiave di firma non è utilizzabile: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>Il valore della firma nella prova non è valido.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>Il @context della prova non corrisponde a quello della credenziale.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>La credenziale non può essere elaborata: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>La firma non corrisponde: la credenziale è stata alterata o firmata con un&apos;altra chiave.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La firma è valida.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Verificato: il registro formativo e ciascuna delle sue {count} credenziali sono autentici, validi e provengono da un emittente attendibile.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Verificato: l&apos;endorsement è autentico, valido e firmato con una chiave attendibile.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Verificata: la credenziale è autentica, valida e proviene da un emittente attendibile; se l&apos;emittente l&apos;abbia revocata nel frattempo può dirlo solo l&apos;emittente stesso.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Verificata: la credenziale è autentica, valida e proviene da un emittente attendibile.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>la credenziale non ha superato un controllo.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Firmata con una chiave sconosciuta {fingerprint}: la firma è intatta, ma nessuno di attendibile garantisce per questo emittente.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocata: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Scaduta: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Non verificata: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Sostituita da una credenziale più recente: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>è stata emessa di nuovo come {credential}; solo la credenziale più recente è valida.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmata con la chiave attuale {fingerprint} di quest&apos;area di lavoro. Un&apos;impronta è un breve codice calcolato dalla chiave pubblica (did:key): lo stesso codice comunicato dall&apos;emittente indica la stessa chiave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmata con la chiave ritirata {fingerprint} di quest&apos;area di lavoro, conservata per la verifica. Un&apos;impronta è un breve codice calcolato dalla chiave pubblica (did:key): lo stesso codice comunicato dall&apos;emittente indica la stessa chiave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmata con la chiave {fingerprint} di un emittente importato come attendibile. Un&apos;impronta è un breve codice calcolato dalla chiave pubblica (did:key): lo stesso codice comunicato dall&apos;emittente indica la stessa chiave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmata con una chiave sconosciuta {fingerprint}. Un&apos;impronta è un breve codice calcolato dalla chiave pubblica (did:key): lo stesso codice comunicato dall&apos;emittente indica la stessa chiave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmata con la chiave attuale {fingerprint} di quest&apos;area di lavoro. La credenziale indica il suo emittente con il dominio web {domain} (did:web), il cui documento DID elenca questa chiave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmata con la chiave ritirata {fingerprint} di quest&apos;area di lavoro, conservata per la verifica. La credenziale indica il suo emittente con il dominio web {domain} (did:web), il cui documento DID elenca questa chiave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmata con la chiave {fingerprint} di un emittente importato come attendibile. La credenziale indica il suo emittente con il dominio web {domain} (did:web), il cui documento DID elenca questa chiave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmata con una chiave sconosciuta {fingerprint}. La credenziale indica il suo emittente con il dominio web {domain} (did:web), il cui documento DID elenca questa chiave.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>La credenziale non ha una data validFrom valida.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>La credenziale diventa valida solo il {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Valida dal {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>La credenziale non scade.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>La data validUntil della credenziale non è valida.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>La credenziale è scaduta il {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Valida fino al {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>Il file non contiene una credenziale (un oggetto JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>Il JSON della credenziale mostra dati diversi ({fields}) da quelli coperti dalla firma.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>Ciò che la credenziale mostra è ciò che è stato firmato.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Senza una firma valida la chiave di firma non può essere attribuita.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>Nessuna chiave di firma da confrontare con l&apos;emittente.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>L&apos;emittente indicato nella credenziale possiede la chiave di firma.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>La credenziale indica l&apos;emittente {issuer}, ma è stata firmata con un&apos;altra chiave ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>Le date non possono essere lette da una credenziale che non può essere elaborata.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>L&apos;emittente ha revocato questa credenziale il {day}: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>L&apos;emittente ha revocato questa credenziale: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Un registro formativo non ha uno stato proprio: la revoca di ciascuna credenziale contenuta viene controllata più sotto.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Qui non si può sapere se l&apos;emittente l&apos;abbia revocata: possono dirlo solo i registri dell&apos;emittente stesso (il suo elenco di stato: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Qui non si può sapere se l&apos;emittente l&apos;abbia revocata: possono dirlo solo i registri dell&apos;emittente stesso.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>Non revocata: quest&apos;area di lavoro l&apos;ha emessa e non l&apos;ha revocata.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Conforme allo schema JSON ufficiale di Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>Non conforme allo schema OB 3.0: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>Non conforme allo schema OB 3.0: {problem} (e altri {more}).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>Ha la struttura di un registro formativo CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>Non ha la struttura di un registro formativo: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>Non ha la struttura di un registro formativo: {problem} (e altri {more}).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Endorsement rilasciato da {endorser} ({did}) il {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Endorsement rilasciato da {endorser} ({did}) il {day}, valido fino al {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Endorsement rilasciato da {endorser} ({did}) il {day}: “{comment}”</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Endorsement rilasciato da {endorser} ({did}) il {day}, valido fino al {until}: “{comment}”</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>L&apos;endorsement di {endorser} ({did}) è scaduto il {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Un endorsement a nome di {endorser} ({did}) è firmato con una chiave sconosciuta, {fingerprint}: nessun soggetto attendibile lo garantisce, quindi non viene mostrato come endorsement. Per considerarlo attendibile, importare la scheda emittente di chi lo ha rilasciato.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Un endorsement non supera la verifica: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>La credenziale riporta un endorsement di {endorser} ({did}), che però non viene mostrato come tale: la credenziale stessa non è verificata, e un endorsement garantisce un traguardo, non chi lo conferisce.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>L&apos;endorsement non viene mostrato come tale: ciò che lo contiene non è verificato.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>L&apos;endorsement è più grande di quanto un endorsement possa mai essere (al massimo {limit} caratteri di JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Un endorsement non può contenere a sua volta altri endorsement.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Gli endorsement che contiene non vengono controllati: la firma della credenziale stessa non è valida.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>Il traguardo riporta {count} endorsement; Badgesmith ne controlla al massimo {limit}, quindi non è verificato.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>la credenziale riporta due volte l&apos;endorsement {id}.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>non è una EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>non indica chi lo ha rilasciato.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>riguarda {subject}, non il traguardo di questa credenziale ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>è firmato dall&apos;emittente stesso della credenziale; un endorsement deve provenire da un soggetto diverso.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>Un registro formativo all&apos;interno di un registro formativo non è accettato.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>Il partecipante del registro formativo non può essere letto da ciò che la firma copre, quindi non si può dire di chi sia questa credenziale.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>È stata conferita a {recipient}, non a {learner}, a cui appartiene questo registro formativo.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>Il registro formativo non contiene credenziali.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Ciascuna delle {count} credenziali del registro formativo è verificata da sola ed è stata conferita al suo partecipante.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 credenziale del registro formativo non è verificata: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Credenziali del registro formativo non verificate: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Credenziali del registro formativo non verificate: {count} — {credentials} (e altre {more})</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>ancora {count} da conseguire tra: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>manca {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>mancano {achievements} e {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Ancora {count} da conseguire tra: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Manca {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Mancano {achievements} e {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>Nel frattempo qualcun altro ha cancellato questo risultato; ora la griglia lo mostra vuoto.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Qualcun altro ha modificato questo risultato il {when}; ora la griglia mostra il suo valore.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Questo risultato è stato modificato con lo stesso nome utente il {when}, in un&apos;altra finestra o in un altro programma; ora la griglia mostra quel valore.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>{person} ha modificato questo risultato il {when}; ora la griglia mostra il suo valore.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Qualcun altro ha modificato queste evidenze il {when}; ora la griglia le mostra.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>Nel frattempo qualcun altro ha rimosso queste evidenze; ora la griglia non ne mostra.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>Nessun punteggio registrato per {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: non registrato.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: non superato.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: nessun livello registrato.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: {level} è inferiore al livello richiesto ({required}).</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>Il punteggio {score} è inferiore al punteggio minimo di {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non iscritto.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>Il nome non può essere stampato: nessun carattere tipografico contiene {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>Senza requisiti: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Già emessa.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Revocata: una credenziale revocata viene rinnovata solo se il partecipante è indicato per nome e il rinnovo è confermato.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>Nessun indirizzo della pagina di verifica: un telefono che inquadra il codice QR vede solo un codice, non una pagina che lo verifica (Impostazioni ▸ Pubblicazione).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>Nessun indirizzo dell&apos;elenco di stato impostato: gli attestati emessi ora non contengono una voce di revoca, quindi una revoca successiva raggiunge solo questo computer e la pagina di verifica pubblicata (Impostazioni ▸ Pubblicazione).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>L&apos;elenco di stato si trova su un sito web diverso da quello della pagina di verifica: la pagina lo legge solo dal proprio sito, quindi dirà che non è stato possibile controllare la revoca.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>L&apos;elenco di stato si trova fuori dalla cartella della pagina di verifica: README.txt indicherà dove caricarlo.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>La pagina Verifica di Badgesmith mostra subito la revoca. Fuori da questo computer, la revoca compare dopo aver pubblicato di nuovo il sito (Pubblica sito…) e caricato l&apos;elenco di stato modificato: la pagina di verifica e gli altri verificatori leggono quell&apos;elenco.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>La pagina Verifica di Badgesmith mostra subito la revoca. Questo attestato è stato emesso senza una voce nell&apos;elenco di stato, quindi gli altri verificatori non la vedranno; la pagina di verifica invece sì, dopo averla pubblicata di nuovo e caricata: elenca gli attestati revocati finora.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificata</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non verificata</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Emittente sconosciuto</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sostituita</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigua</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>testo incollato</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emittente</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Emittente (secondo la credenziale)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro formativo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessa il</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Chiave dell&apos;emittente</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credenziale</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Elenco di stato</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>Link del codice QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, versione {number}, di questa area di lavoro</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>Il file è troppo grande per essere controllato con la memoria disponibile.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Un errore interno ha interrotto il controllo di questo file; è stato registrato nel log. Non si può dire nulla sulla credenziale.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} è più grande di quanto sia mai un attestato, una credenziale o una foto.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>Non si tratta di un PDF, di una credenziale (JSON), di un&apos;immagine o di un testo di codice QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Questo file di credenziale è salvato in UTF-16; le credenziali sono JSON in UTF-8. Salvarlo in UTF-8 e riprovare.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>La credenziale è circondata da caratteri che JSON non ammette (ad es. spazi unificatori); salvarla come JSON semplice.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>Non c&apos;è nulla da verificare: incollare il testo di un codice QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Questo testo è molto più lungo di quanto possa contenere un codice QR; incollare il testo di un solo codice QR o aprire il file della credenziale.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (secondo la credenziale; la chiave non è tra quelle conosciute)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>La credenziale chiama il suo emittente {stated}, che si legge come il nome di quest&apos;area di lavoro, ma è stata firmata con la chiave ritenuta attendibile come {trusted}: non proviene da quest&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>La credenziale chiama il suo emittente {stated}, ma questa chiave è stata ritenuta attendibile come {trusted}. Se l&apos;emittente ha cambiato nome, importarne la nuova scheda emittente.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Emessa da {issuer}, come indicato quando questa chiave è stata ritenuta attendibile.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>L&apos;endorsement indica come autore {stated}, ma è firmato con la chiave di questa area di lavoro, il cui emittente è {current}: un endorsement viene mostrato solo con il nome che la sua chiave rappresenta.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>La credenziale chiama il suo emittente {stated}; l&apos;emittente di quest&apos;area di lavoro ora si chiama {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>Il JSON non è una credenziale.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un attestato autentico riporta: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un riepilogo autentico riporta: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>voce {index} di {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>La firma del codice QR non corrisponde al suo contenuto: l&apos;attestato è stato alterato o non è autentico.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Firmato con una chiave sconosciuta {fingerprint}: non è un emittente ritenuto attendibile in quest&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (secondo il codice QR; la chiave non è tra quelle conosciute)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>Il codice QR è intatto e firmato con la chiave attuale di quest&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>Il codice QR è intatto e firmato con una chiave ritirata di quest&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>Il codice QR è intatto e firmato con la chiave di un emittente attendibile.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>Il codice QR è intatto e firmato con una chiave conosciuta.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Qui non si può sapere se {issuer} l&apos;abbia revocata: possono dirlo solo i suoi registri.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Qui non si può sapere se l&apos;emittente l&apos;abbia revocata: possono dirlo solo i suoi registri.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>Il registro di quest&apos;area di lavoro non contiene credenziali con questo ID: il codice QR di un riepilogo è quello del registro formativo. Aprire qui il riepilogo PDF per controllare ogni credenziale che contiene.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Scaduta il {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Scaduta.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Valida fino al {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Emessa da {issuer} a {recipient} per {achievement} il {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Emessa da {issuer} a {recipient} per {achievement} il {day}. Se l&apos;emittente l&apos;abbia revocata nel frattempo può dirlo solo l&apos;emittente stesso.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Emessa da {issuer} a {recipient} per {achievement} il {day}. L&apos;eventuale revoca delle sue credenziali nel frattempo si controlla sul riepilogo PDF.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>Il codice QR porta alla propria pagina di verifica.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Il codice QR manda i telefoni a {address}, che non è la propria pagina di verifica ({page}): il codice stampato è stato sostituito, oppure la pagina è stata spostata dopo la stampa di questo attestato.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Il codice QR manda i telefoni a {address}, che non è la propria pagina di verifica (non ne è impostata alcuna): il codice stampato è stato sostituito, oppure la pagina è stata spostata dopo la stampa di questo attestato.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>Il codice QR porta al sito di {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>Il codice QR manda i telefoni a {address}; Badgesmith non può stabilire se quella pagina appartenga a {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>Il badge contiene una credenziale in un formato che Badgesmith non legge (si verificano solo credenziali JSON).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>La credenziale è stata incorporata in questa immagine del badge; l&apos;immagine in sé non è firmata, lo è solo la credenziale contenuta.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>Nell&apos;immagine non è stato trovato alcun codice QR; provare con una foto più nitida e dritta.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>L&apos;immagine mostra {count} codici QR diversi, quindi non si può stabilire quale sia quello dell&apos;attestato: fotografarne uno alla volta.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>Il PDF non contiene alcuna credenziale firmata, quindi non vi si può verificare nulla; gli attestati di Badgesmith ne contengono una. Per controllarne il codice QR, scansionarlo o verificarne una foto.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>Il PDF non ha un sigillo: è stato salvato di nuovo da un altro programma, oppure creato prima che Badgesmith sigillasse i suoi attestati, quindi la sua pagina non può essere garantita (la credenziale contenuta è controllata più sopra). Se l&apos;attestato è proprio, esportarlo di nuovo dalla pagina Credenziali.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>Il PDF è stato modificato dopo la creazione: il sigillo non corrisponde al file, quindi la pagina può mostrare qualcosa di diverso da ciò che è stato firmato.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>Il file è esattamente come Badgesmith l&apos;ha creato in quest&apos;area di lavoro (sigillato con la chiave della credenziale), quindi la sua pagina mostra ciò che è stato firmato.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>Il file è esattamente come l&apos;emittente l&apos;ha sigillato con la chiave che ha firmato la credenziale: nessuno l&apos;ha modificato da allora. Ciò che la pagina mostra è dell&apos;emittente stesso; confrontarlo con i dati riportati sopra.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>Il codice QR stampato manca o è illeggibile.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>La pagina contiene più di un codice QR, quindi non si può stabilire quale sia quello dell&apos;attestato.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>Codice QR: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>Il codice QR stampato non corrisponde alla credenziale incorporata.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>Il codice QR non corrisponde alla credenziale incorporata: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>Il codice QR corrisponde alla credenziale incorporata.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>La passphrase è errata: non è stato possibile sbloccare la chiave di firma.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>il nome del partecipante</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>il nome del traguardo</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>il nome dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>la data di conferimento</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>la data di scadenza (vuota se non scade)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>il link pubblico di verifica (vuoto senza pagina di verifica)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>il link “Aggiungi al profilo” di LinkedIn</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>l&apos;ID della credenziale</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>Il commento è lungo {count} caratteri; il commento di un endorsement può averne al massimo {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>L&apos;endorsement sarebbe valido fino al {day}, data già trascorsa: scegliere una data a partire da oggi.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>L&apos;endorsement terminerebbe prima di iniziare.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} è più grande di quanto una richiesta di endorsement possa mai essere (al massimo {limit} MB).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} non è una richiesta di endorsement: non è un file di testo (JSON UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} non è una richiesta di endorsement: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} è una credenziale, non una richiesta di endorsement: aprire il file di richiesta inviato dall&apos;ente.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} non è una richiesta di endorsement di Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} è una richiesta di endorsement di un altro tipo (versione {version}); questa versione di Badgesmith legge la versione {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} non indica l&apos;ID di alcun traguardo, quindi non c&apos;è nulla a cui dare l&apos;endorsement.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} non indica alcun traguardo.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} non indica chi conferisce il traguardo.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>identificazione del partecipante</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>paese o regione dell&apos;emittente</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>ente di rilascio</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>data di rilascio</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>risultati di apprendimento</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>carico di lavoro teorico</translation>
    </message>
    <message>
        <source>level</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>tipo di valutazione</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>forma di partecipazione</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>tipo di garanzia della qualità</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>prerequisiti</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>sorveglianza e verifica dell&apos;identità</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>voto ottenuto</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>integrazione o cumulabilità</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>ulteriori informazioni</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>Microcredenziale UE: presenti tutti gli elementi obbligatori ({total})</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>Microcredenziale UE: {present} elementi obbligatori su {total} — mancanti: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Questa area di lavoro non ha ancora una chiave di firma: configurare prima l&apos;emittente.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Questa area di lavoro non ha ancora un emittente; configurarlo prima.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} è un traguardo di questa area di lavoro: un endorsement proviene da un soggetto esterno (un datore di lavoro o un ente professionale), dal proprio Badgesmith.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} non contiene un endorsement leggibile: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} è una richiesta di endorsement, non un endorsement: inviarla a chi deve rilasciarlo, che la firma nel proprio Badgesmith (File ▸ Rilascia un endorsement…, oppure badgesmith endorse), poi aggiungere ciò che rimanda.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} non è un endorsement (una EndorsementCredential Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} non è stato aggiunto: è firmato con la chiave {fingerprint}, che non è stata importata come attendibile. Chiunque può firmare a qualsiasi nome: importare la scheda emittente di chi ha rilasciato l&apos;endorsement (Impostazioni ▸ Emittenti attendibili), confrontarne l&apos;impronta con quella comunicata da loro e aggiungere di nuovo l&apos;endorsement.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} non è stato aggiunto: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} non è stato aggiunto: il contenuto firmato non indica l&apos;ID, l&apos;autore o il traguardo oggetto dell&apos;endorsement.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} non è stato aggiunto: è firmato con la chiave di questa area di lavoro, e un endorsement deve provenire da un soggetto diverso.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} non è stato aggiunto: il nome di chi ha rilasciato l&apos;endorsement è lungo {count} caratteri; Badgesmith conserva nomi di al massimo {limit}.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Questo endorsement è già stato aggiunto.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} non è stato aggiunto: questa versione riporta già {count} endorsement, il massimo per una credenziale. Rimuoverne prima uno non più rilevante.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} non è stato aggiunto: di per sé supera la verifica, ma le credenziali di questa versione non potrebbero riportarlo: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>Non esiste alcun traguardo con ID {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} non è stato aggiunto: riguarda {subject}, che non è una versione di {achievement} (né alcun traguardo di questa area di lavoro).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} non è stato aggiunto: riguarda {other}, non {achievement}. Aggiungerlo a {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Per la versione {number}, una versione precedente: le credenziali della versione attuale non lo riportano (conferiscono un traguardo con un altro ID). Chiedere a {endorser} un endorsement per la versione attuale.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Scaduto il {day}: le nuove credenziali non lo riportano più.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Valido: lo riportano le credenziali emesse d&apos;ora in poi per la versione {number}.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Questo endorsement non si trova in questa area di lavoro.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>{year} non è un anno con dati: sceglierne uno tra {first} e {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>I dati personali del partecipante sono stati cancellati: la credenziale non può essere rinnovata.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>È già stata revocata o rinnovata.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>Il partecipante non è più iscritto all&apos;edizione tramite cui è stata emessa.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Qualcun altro sta emettendo le credenziali di questa edizione in questo momento; riprovare quando avrà finito.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Con lo stesso nome utente si stanno emettendo le credenziali di questa edizione dal {since}, in un&apos;altra finestra o in un altro programma; riprovare quando l&apos;operazione sarà terminata.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} sta emettendo le credenziali di questa edizione dal {since}; riprovare quando avrà finito.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>L&apos;area di lavoro in {folder} è stata copiata nel database condiviso {where}: {rows} righe in {tables} tabelle, in {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>Controllo eseguito in {seconds} s: ogni tabella contiene tante righe quante prima; i {events} eventi del registro di controllo risultano verificati; {verified} credenziali su {credentials} risultano verificate come emesse ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Credenziali che non risultavano verificate neanche nella vecchia area di lavoro, e continuano a non esserlo: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>Il vecchio file dell&apos;area di lavoro è conservato come {kept}. {folder} è ora la parte su questo computer dell&apos;area di lavoro condivisa: attestati e bozze restano in questa cartella.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>Gli altri si connettono con: badgesmith --database {where} (prima aggiungerli con badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} è già la parte locale di un&apos;area di lavoro condivisa: non c&apos;è nulla da spostare.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>In {folder} non c&apos;è un&apos;area di lavoro da spostare.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>Il registro di controllo di quest&apos;area di lavoro è già danneggiato ({problem}); non è stato copiato nulla. Controllarlo con badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>Il database {where} non è vuoto (tabelle presenti: {n}, ad es. {names}); migrate-to copia un&apos;area di lavoro solo in un database vuoto. Crearne uno nuovo (ad es. createdb badgesmith) e riprovare.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>Nel frattempo qualcuno ha iniziato a usare il database {where}; non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Un altro programma sta scrivendo nell&apos;area di lavoro in {folder}; chiudere l&apos;altra istanza di Badgesmith e riprovare. Non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>La copia non contiene le stesse righe dell&apos;area di lavoro: {tables}; non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>Il registro di controllo non risulta verificato nella copia ({problem}); non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Credenziali verificate nell&apos;area di lavoro ma non nella copia su {where}: {n} (ad es. {ids}); non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emittente</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Serve il ruolo di docente; l&apos;utente connesso ({user}) non ha alcun ruolo in Badgesmith. Rivolgersi all&apos;amministratore.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>Per emettere e revocare credenziali e modificare i traguardi serve il ruolo di emittente; l&apos;utente connesso ({user}) ha effettuato l&apos;accesso come {role}. Rivolgersi all&apos;amministratore o a un emittente.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Serve il ruolo di amministratore; l&apos;utente connesso ({user}) ha effettuato l&apos;accesso come {role}. Rivolgersi all&apos;amministratore.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>Il database condiviso ha rifiutato questa modifica: il ruolo dell&apos;utente connesso non la consente. Non è stato salvato nulla. Rivolgersi all&apos;amministratore.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Un testo è più lungo di quanto il database condiviso possa contenere; non è stato salvato nulla. Accorciarlo e riprovare.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Qualcun altro ha modificato gli stessi dati nello stesso momento; non è stato salvato nulla. Riprovare.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>La connessione al database condiviso si è interrotta; questa modifica non è stata salvata. Controllare la rete e riprovare.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Non è possibile rimuovere sé stessi; può farlo un altro amministratore.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Utenti e ruoli appartengono a un database condiviso; quest&apos;area di lavoro si trova solo su questo computer.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Qualcuno ha modificato l&apos;area di lavoro condivisa durante il controllo del backup; non è stato ripristinato nulla. Riprovare.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Digitare l&apos;indirizzo del database condiviso, ad es. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>L&apos;indirizzo del database supera i {n} caratteri.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>L&apos;indirizzo di un database condiviso inizia con postgresql:// (ad es. postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>Questo non è un indirizzo di database: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>L&apos;indirizzo non indica alcun database: aggiungerlo dopo il server, ad es. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>Il database condiviso deve essere aggiornato a questa versione di Badgesmith; lo fa l&apos;amministratore accedendo una volta con questa versione.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>L&apos;account di database {user} non ha alcun ruolo in Badgesmith: chiedere all&apos;amministratore di aggiungerlo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>“{name}” non può essere un nome utente: usare lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;, al massimo 63 caratteri, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>“{name}” è riservato dal database; scegliere un altro nome utente.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Assegnare al nuovo utente una password di almeno {n} caratteri.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Esiste già un account di database di nome “{name}”.</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>Le tabelle del database non sono quelle di questa versione di Badgesmith ({tables}); non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Una riga della tabella {table} non può essere memorizzata nel database di destinazione ({reason}); non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>Altri utenti stanno lavorando nell&apos;area di lavoro condivisa in questo momento; non è stato modificato nulla. Riprovare quando avranno chiuso Badgesmith o finito ciò che stanno facendo.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Solo l&apos;account di database proprietario delle tabelle dell&apos;area di lavoro condivisa ({owner}) può copiarvi un&apos;intera area di lavoro: il registro di controllo che questa porta con sé è stato scritto a nome di altre persone. Accedere come {owner} e riprovare.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>Le righe copiate violano le regole del database ({reason}); non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>Non è stato possibile ricostruire chiavi e indici del database com&apos;erano; non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} contiene un&apos;area di lavoro di questo computer; scegliere un&apos;altra cartella per i file di quella condivisa (oppure copiare questa nel database condiviso con migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>Impossibile configurare il database condiviso {where}: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>Il database condiviso {where} non ha accettato nome utente e password. Controllarli e accedere di nuovo.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>L&apos;account non può più accedere al database condiviso {where}; rivolgersi all&apos;amministratore.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>Il database indicato in {where} non esiste; chiedere all&apos;amministratore l&apos;indirizzo corretto.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>Impossibile raggiungere il database condiviso {where}: {reason}.</translation>
    </message>
</context>
</TS>
