<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>p / passed / attended / f / failed / absent are typed as they are: keep them, or name words core.values.parse_status accepts in your language (it knows English, French and German ones)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped this ({error}); nothing was half-written. The details are in the log in {folder}; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no image chosen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. `badgesmith --lang CODE` or the {variable} variable chooses another for one start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith — {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>{title} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removal}.</source>
        <comment>what was just removed, as a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {removal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{undo} ({count})</source>
        <comment>the Undo button and how many removals it can undo</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
