<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Présence (chaque critère obligatoire validé)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Note (total égal ou supérieur au seuil de réussite)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Grille (chaque critère obligatoire au niveau requis)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Comment obtenir l&apos;accomplissement (Markdown&#xa0;: **gras**, *italique*, - listes)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>pour les accomplissements évalués par une note</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>séparés par des virgules, p. ex. secourisme, santé et sécurité</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>p. ex. PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>p. ex. fr, fr-CA</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>p. ex. 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Comment l&apos;obtenir</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Critères (description)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Règle d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Alignements (référentiels et normes correspondants)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Domaine d&apos;études</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Libellé de version</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Modèle de certificat</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mois</numerusform>
            <numerusform> mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Seuil de réussite&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>Crédits&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Certificat d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Diplôme bac+2</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Licence (bachelor)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Attestation de réussite</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Engagement bénévole</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Activité périscolaire</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Diplôme universitaire</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Travail de terrain</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Équivalence du secondaire (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Certificat de compagnon</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence professionnelle d&apos;exercice</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Doctorat professionnel</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Attestation d&apos;assurance qualité</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Brevet de maîtrise</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Micro-certification</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Doctorat de recherche</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Diplôme de fin d&apos;études secondaires</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (parcours) (archivé)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (parcours)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Nouvel accomplissement</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Accomplissements</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Délivrées</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Aucun accomplissement pour l&apos;instant. Cliquez sur «&#xa0;Nouvel accomplissement&#xa0;» pour définir ce que vous certifiez.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Masquer un accomplissement que vous ne délivrez plus&#xa0;: ses sessions et ses attestations sont conservées et se vérifient comme avant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>Le nouvel accomplissement</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}&#xa0;: %n délivrée</numerusform>
            <numerusform>v{number}&#xa0;: %n délivrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>Attestations délivrées par version — {versions}. Enregistrer des modifications crée une nouvelle version&#xa0;; les attestations déjà délivrées conservent l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Attestations délivrées par version — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Archiver l&apos;accomplissement</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>Accomplissement archivé&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Annulé&#xa0;: archivage de {name}.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>Réactivé&#xa0;: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} et {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>Archiver {name}&#xa0;? Il quitte la liste des accomplissements et ne peut plus être choisi pour de nouvelles sessions. Vous pourrez le réactiver avec «&#xa0;Afficher les archivés&#xa0;».</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>Archiver {name}&#xa0;? Il quitte la liste des accomplissements et ne peut plus être choisi pour de nouvelles sessions. Ses {kept} sont conservées et se vérifient comme avant. Vous pourrez le réactiver avec «&#xa0;Afficher les archivés&#xa0;».</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>L&apos;enregistrement crée une nouvelle version de cet accomplissement. L&apos;approbation de {endorsers} porte sur la version telle qu&apos;elle est maintenant&#xa0;: les attestations que vous délivrerez désormais ne la porteront pas. Demandez à l&apos;approbateur d&apos;approuver la nouvelle version.

Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Enregistrer l&apos;accomplissement</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alignements</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Ajouter un alignement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Impossible de créer l&apos;espace de travail de démonstration</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Note {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Niveau&#xa0;: {levels} (requis&#xa0;: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Niveau&#xa0;: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Saisissez oui / réussi / présent, ou non / échoué / absent</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non inscrit.</translation>
    </message>
    <message>
        <source>{learner}: {reason}</source>
        <translation>{learner}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{learner}, {column}: {reason}</source>
        <translation>{learner}, {column}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation>
            <numerusform>{learner}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;a pas été enregistré — {reason} (%n valeur en rouge n&apos;est pas enregistrée)</numerusform>
            <numerusform>{learner}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;a pas été enregistré — {reason} (%n valeurs en rouge ne sont pas enregistrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;a pas été enregistré — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>preuve pour {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} pour {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ éligible</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Éligible à l&apos;attestation.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (facultatif)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Commentaire (preuve)</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Lien (preuve)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Sauvegardez dès maintenant votre clé de signature</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Si cet ordinateur est perdu, une sauvegarde de la clé est le seul moyen de continuer à délivrer des attestations reconnues comme les vôtres.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>Le fichier de sauvegarde est chiffré avec votre phrase secrète. Conservez-le ailleurs que sur cet ordinateur&#xa0;: une clé USB dans un tiroir ou le stockage sécurisé de votre organisme. Quiconque possède le fichier et la phrase secrète peut signer en votre nom.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Sauvegarder la clé de signature…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Enregistrer la sauvegarde de la clé</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-sauvegarde-cle.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Sauvegarde de clé (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Enregistrée dans {file}. Conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Changer la phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Toutes les clés (actuelle et retirées) sont chiffrées à nouveau. Les sauvegardes de clé antérieures gardent l&apos;ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisir à nouveau</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas&#xa0;: saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>Où allez-vous travailler&#xa0;?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith conserve ses données sur cet ordinateur ou sur un serveur de base de données partagé par plusieurs personnes.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Une base de données partagée (établissement)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Pour un formateur ou une petite équipe sur un seul ordinateur&#xa0;: tout est conservé dans un dossier, et vous indiquez ensuite qui décerne les attestations.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Pour plusieurs formateurs, chacun sur son propre ordinateur, avec un registre commun&#xa0;: vous vous connectez au serveur de base de données de votre établissement. La première personne qui se connecte à une nouvelle base de données la configure.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>p. ex. Secourisme — mai 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Accomplissement *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Définissez d&apos;abord un accomplissement (page Accomplissements)&#xa0;: chaque session prépare à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Choisissez l&apos;accomplissement que prépare cette session.</translation>
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
        <translation>Session</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Inscrire des apprenants…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importer des résultats…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Enregistrer les résultats de cette session à partir d&apos;un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Enregistrer les résultats de cette session dans un fichier CSV (à ouvrir sans risque dans un tableur)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Supprimer la session…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Supprimer une session qui n&apos;a délivré aucune attestation (annulable jusqu&apos;à la fermeture de Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Retirer de la session…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Retirer l&apos;apprenant sélectionné de cette session, avec ses résultats (annulable jusqu&apos;à la fermeture de Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Délivrées</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Aucune session pour l&apos;instant. Une session est une édition d&apos;une formation ou d&apos;un événement&#xa0;: créez-en une, puis inscrivez des apprenants et saisissez leurs résultats.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Grille d’évaluation : apprenants par critère</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Saisissez une valeur puis appuyez sur Tab (critère suivant) ou Entrée (apprenant suivant)&#xa0;; chaque cellule est enregistrée au fil de la saisie. Survolez un en-tête de colonne pour voir ce qu&apos;il accepte. Ctrl+Z annule, Ctrl+Maj+Z rétablit.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Supprimer cette session (annulable jusqu&apos;à la fermeture de Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>Cette session a délivré des attestations, qui doivent rester rattachées à elle&#xa0;: elle ne peut pas être supprimée. Archivez son accomplissement pour ne plus le proposer.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Accomplissement&#xa0;: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Formateur&#xa0;: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>Ce qu&apos;a fait l&apos;apprenant, p. ex. Calme et méthodique lors de la mise en situation RCP</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… lien vers une photo, une vidéo ou un document (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Preuve pour {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n éligible sur {total}</numerusform>
            <numerusform>%n éligibles sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>Aucun apprenant inscrit pour l&apos;instant&#xa0;: utilisez «&#xa0;Inscrire des apprenants…&#xa0;».</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} résultats.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Résultats de {cohort} enregistrés dans {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Supprimer la session {cohort}, avec %n inscription et ses résultats&#xa0;? Les apprenants sont conservés. Vous pouvez annuler jusqu&apos;à la fermeture de Badgesmith.</numerusform>
            <numerusform>Supprimer la session {cohort}, avec ses %n inscriptions et leurs résultats&#xa0;? Les apprenants sont conservés. Vous pouvez annuler jusqu&apos;à la fermeture de Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Session supprimée&#xa0;: {cohort}.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Annulé&#xa0;: suppression de la session {cohort}.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Sélectionnez d&apos;abord un apprenant dans la grille.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Retirer de la session</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>Retirer {learner} de {cohort}, avec ses résultats et ses preuves dans cette session&#xa0;? L&apos;apprenant reste dans votre liste d&apos;apprenants. Vous pouvez annuler jusqu&apos;à la fermeture de Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>Retrait de la session {cohort}&#xa0;: {learner}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Annulé&#xa0;: retrait de {learner} de la session {cohort}.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Personne n&apos;a encore configuré la base de données partagée {where}, et sa configuration nécessite le rôle d&apos;administrateur. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Plusieurs personnes travaillent sur un registre commun&#xa0;: chacune se connecte sous son propre nom, et son rôle détermine ce qu&apos;elle peut faire.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>p. ex. db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>p. ex. badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>votre identifiant, p. ex. anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Dossier des fichiers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>Votre administrateur vous communique ces informations. Badgesmith n&apos;enregistre jamais votre mot de passe&#xa0;: il vous le redemande quand vous rouvrez l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Fichiers sur cet ordinateur</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>Les données (apprenants, résultats, attestations) sont conservées dans la base de données&#xa0;; les certificats et les brouillons d&apos;e-mail sont écrits dans ce dossier.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Dossier des fichiers de l&apos;espace de travail partagé</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Saisissez un nom pour trouver un pays</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — à examiner</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID de l&apos;attestation</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Rechercher des attestations</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Rechercher par nom d&apos;apprenant, e-mail ou ID d&apos;attestation…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expire d&apos;ici %n jour</numerusform>
            <numerusform>Expire d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Délivrée entre le</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Attestations délivrées</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>Aucun fichier de certificat pour cette attestation.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>Le certificat tel qu&apos;il a été délivré. Déverrouillez la clé de signature pour le voir tel que «&#xa0;Réexporter&#xa0;» l&apos;écrirait aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>L’attestation telle que signée (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>Attestation (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Conserver après examen</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>Vous avez examiné cette attestation signalée et la conservez telle quelle&#xa0;: le signalement disparaît et le journal d&apos;audit enregistre votre décision</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>Réexporter…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>Imprimer les certificats sélectionnés (Ctrl+clic pour en sélectionner plusieurs)&#xa0;; ceux qui sont révoqués ne sont jamais imprimés</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Publier le site…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Écrire la page de vérification, les listes de statuts et le profil d&apos;émetteur dans votre dossier de publication (Paramètres ▸ Publication), à mettre en ligne après une révocation.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>et le</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Tous les accomplissements</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Aucune attestation délivrée pour l&apos;instant&#xa0;: délivrez-en depuis la page Délivrer.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} affichées sur {total} délivrées</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Sélectionnez une attestation pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Statut&#xa0;: {status} · décernée le {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>À examiner&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>Les données personnelles de l&apos;apprenant ont été effacées&#xa0;: aucun certificat n&apos;est conservé. L&apos;attestation peut toujours être vérifiée et révoquée.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Chargement du certificat…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>Aucun fichier de certificat n&apos;est conservé pour cette attestation.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>Le fichier du certificat n&apos;est plus à l&apos;emplacement où il a été écrit&#xa0;: utilisez «&#xa0;Réexporter&#xa0;» pour en créer une nouvelle copie.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>Conserver telle quelle l&apos;attestation {achievement} de {learner}&#xa0;? Elle reste valide, la marque «&#xa0;à examiner&#xa0;» disparaît et le journal d&apos;audit enregistre votre décision. (Pour la retirer, utilisez plutôt «&#xa0;Révoquer…&#xa0;».)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>Rétablir l&apos;attestation de {learner} ({achievement})&#xa0;? Elle avait été révoquée pour le motif suivant&#xa0;: {reason}. Une fois rétablie, elle est de nouveau vérifiée comme valide.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Rétablir l&apos;attestation</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Le rétablissement nécessite la phrase secrète de votre clé de signature.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>Réexporter dans le dossier</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Écrits&#xa0;: {first} et {second} dans {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>La réexportation signe un nouveau code QR avec votre clé.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Mettez en ligne les fichiers modifiés sur votre site web.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Niveau de grille</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Réussi / présent</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Niveaux de grille du critère sélectionné (du plus bas au plus haut)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Retirer le niveau</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Niveau {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Critère «&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>Le lien de vérification de chaque apprenant est signé avec votre clé.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Envoyez par e-mail à chaque apprenant son certificat (PDF), son attestation (JSON) et son badge (PNG) depuis votre propre compte de messagerie, ou enregistrez les messages comme brouillons à envoyer depuis votre logiciel de messagerie. Personne ne reçoit deux fois la même attestation&#xa0;; les attestations révoquées ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Compte de messagerie…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Boîte d’envoi : qui a reçu quoi</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>Copier le lien LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Ouvrir le dossier des envois</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Enregistrer plutôt des brouillons…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n délivrée)</numerusform>
            <numerusform>{cohort}  (%n délivrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>Envoi en tant que {address} via {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Aucun compte de messagerie pour l&apos;instant&#xa0;: configurez-en un avec «&#xa0;Compte de messagerie…&#xa0;» ou enregistrez plutôt des brouillons.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n attestation en vigueur</numerusform>
            <numerusform>%n attestations en vigueur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n en échec (renvoyée avec les autres)</numerusform>
            <numerusform>%n en échec (renvoyées avec les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sans adresse e-mail</numerusform>
            <numerusform>%n sans adresse e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>Aucune attestation en vigueur dans cette session pour l&apos;instant&#xa0;: délivrez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Envoyer à %n apprenant</numerusform>
            <numerusform>Envoyer à %n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envoi interrompu</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Envoi à {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Enregistrer les envois et les brouillons dans</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n apprenant sur {total} a déjà reçu son e-mail. Rédiger aussi des brouillons pour lui&#xa0;? (Envoyer un brouillon lui en donnerait un second exemplaire.)</numerusform>
            <numerusform>%n apprenants sur {total} ont déjà reçu leur e-mail. Rédiger aussi des brouillons pour eux&#xa0;? (Envoyer un brouillon leur en donnerait un second exemplaire.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Ouvrez chaque fichier .eml dans votre logiciel de messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Brouillons enregistrés</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Enregistrement des envois et des brouillons…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>Lien LinkedIn de {learner} copié&#xa0;:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>Lien LinkedIn</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>Choisir un fichier à vérifier</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Déposez ici un certificat ou un relevé PDF, une attestation ou un relevé d&apos;apprenant (.json) ou une photo du code QR, ou cliquez pour choisir un fichier</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Approuver un accomplissement</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Un autre organisme vous a envoyé une demande d&apos;approbation pour l&apos;un de ses accomplissements. Votre approbation est signée avec votre clé, sous votre nom d&apos;émetteur&#xa0;; l&apos;organisme l&apos;ajoute à l&apos;accomplissement, et les attestations qu&apos;il délivre la portent.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Choisir la demande…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Aucune demande choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>Ce que vous en dites, p. ex. pourquoi vos membres l&apos;apprécient (facultatif)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Signer et enregistrer…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Choisir une demande d&apos;approbation</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, décerné par {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>Le commentaire compte&#xa0;%n caractère&#xa0;; il en admet au plus {limit}.</numerusform>
            <numerusform>Le commentaire compte&#xa0;%n caractères&#xa0;; il en admet au plus {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>La signature d&apos;une approbation nécessite la phrase secrète de votre clé de signature.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - approbation.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Enregistrer l&apos;approbation signée</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>Votre approbation de {achievement} a été enregistrée dans {file}. Envoyez-la à {provider}, avec votre carte d&apos;émetteur (Paramètres ▸ Clés de signature ▸ Exporter la carte d&apos;émetteur…) si cet organisme ne l&apos;a pas encore.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Pour la version {number} (antérieure)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Exporter une demande d&apos;approbation…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Un fichier contenant cette version de l&apos;accomplissement, qu&apos;un employeur ou un organisme professionnel signe dans son Badgesmith</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Ajouter une approbation…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Enregistrez d&apos;abord l&apos;accomplissement&#xa0;: une approbation le garantit tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Aucune approbation pour l&apos;instant. Exportez une demande et envoyez-la à un employeur ou à un organisme professionnel&#xa0;; ajoutez ensuite l&apos;approbation qu&apos;il signe et vous renvoie. Les attestations délivrées après cela la portent.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Chaque approbation garantit une seule version&#xa0;: après une modification qui crée une nouvelle version, demandez une nouvelle approbation. Les attestations déjà délivrées conservent la leur.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - demande d&apos;approbation.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Exporter une demande d&apos;approbation</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>{file} a été écrit. Envoyez ce fichier à l&apos;employeur ou à l&apos;organisme professionnel&#xa0;: il le signe dans son Badgesmith (Fichier ▸ Approuver un accomplissement…) et vous renvoie l&apos;approbation, à ajouter ici.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Ajouter une approbation</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>L&apos;approbation de {endorser} a été ajoutée. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>Retirer l&apos;approbation de {endorser}&#xa0;? Les attestations délivrées désormais ne la portent plus&#xa0;; celles déjà délivrées la conservent.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Retirer l&apos;approbation</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Inscrire des apprenants à {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Sélectionnez des apprenants (Ctrl+clic ou Maj+clic pour plusieurs, Ctrl+A pour tous ceux affichés)&#xa0;:</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Inscrire la sélection</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Sélectionnez au moins un apprenant.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Je comprends que les données de {name} ne pourront pas être récupérées</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Accès refusé&#xa0;: {file}. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
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
        <translation>Une erreur interne a interrompu l&apos;opération ({error})&#xa0;; rien n&apos;a été écrit à moitié. Les détails figurent dans le journal, dans {folder}&#xa0;; merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what}&#xa0;: certaines modifications ne sont pas enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what}&#xa0;: certaines modifications ne peuvent pas être enregistrées&#xa0;: {reason} Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Hybride (en ligne et en présentiel)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sans surveillance</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Sous surveillance, sans vérification de l&apos;identité</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Sous surveillance, avec vérification de l&apos;identité</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Cumulable</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>Microcertification européenne</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Un par ligne&#xa0;: ce que l&apos;apprenant sait faire à l&apos;issue de la formation</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Charge de travail théorique (heures)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Cadre européen des certifications (CEC)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Niveau&#xa0;: cadre</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>CEC, ou votre cadre national</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Niveau dans le cadre</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ex. 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>Le niveau est sans objet</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>p. ex. Test écrit et tâche pratique observée par un évaluateur</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>p. ex. Double correction interne des résultats&#xa0;; la formation est revue chaque année</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Cumulable en vue de</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>une adresse web ou une phrase</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>Crédits ECTS&#xa0;: le champ Crédits ci-dessus</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>en vue de</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>L&apos;apprenant, l&apos;intitulé, la date de délivrance et l&apos;organisme de délivrance proviennent de chaque attestation&#xa0;; le pays de l&apos;organisme, de Paramètres ▸ Profil d&apos;émetteur.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Acquis d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Forme de participation</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Type d&apos;assurance qualité</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Facultatif&#xa0;:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Surveillance et vérification de l&apos;identité</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Masquer les éléments</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Afficher les éléments</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>l&apos;attestation visée</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln attestation expire d&apos;ici {period}.</numerusform>
            <numerusform>%Ln attestations expirent d&apos;ici {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Voir l&apos;attestation</numerusform>
            <numerusform>Voir les attestations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) avec un apprenant par ligne. Rien n&apos;est importé avant votre confirmation à la dernière page.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Chemin d&apos;un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importer des apprenants</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Bienvenue dans Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert ici. Le dossier est&#xa0;:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Guide d&apos;utilisation de Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>Le guide d&apos;utilisation est absent de cette installation&#xa0;: réinstallez Badgesmith.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Choisir l&apos;image</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Choisir un arrière-plan…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Aucun arrière-plan</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Choisir l&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Choisir une signature…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Aucune signature</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Choisir la signature</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(aperçu impossible)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Importer des apprenants</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}&#xa0;: %n ligne, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}&#xa0;: %n lignes, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}&#xa0;: %n ligne. {summary}.</numerusform>
            <numerusform>✓ {file}&#xa0;: %n lignes. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Sera importé</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Erreur</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Doublon dans le fichier</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Déjà dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N° d&apos;étudiant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Corrigé à la main.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Importer des résultats — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Un fichier CSV ou Excel avec une colonne par critère</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Chaque ligne désigne l&apos;apprenant par son e-mail, son numéro d&apos;étudiant ou son nom&#xa0;; les colonnes portent le nom des critères (plus, en option, Évaluateur, Date, Commentaire et Lien). Rien n&apos;est enregistré avant votre confirmation.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Appuyez sur Entrée pour lire le fichier.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Toutes les lignes sont correctes.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>Enregistrer %n résultat</numerusform>
            <numerusform>Enregistrer %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Comme le modèle de l’accomplissement</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Aucune (une seule langue)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Apprenants et possibilité de leur délivrer une attestation</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Sélectionnez un apprenant pour afficher l&apos;aperçu de son certificat.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier des certificats</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Délivrer de nouveau à ceux qui en ont déjà reçu une (renouvellement&#xa0;; conserve la date d&apos;obtention)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renouveler la sélection…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Délivrer à nouveau aux seuls apprenants sélectionnés (p. ex. après un rattrapage ou pour remplacer une attestation révoquée)&#xa0;; Ctrl+clic pour en choisir plusieurs</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Imprimer le fichier d&apos;impression de la session&#xa0;: tous les certificats actifs du dossier de sortie (ceux qui sont révoqués ne sont jamais imprimés)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Délivrer</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>et</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Langue du certificat</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Aperçu (non signé&#xa0;; le certificat délivré porte le code QR de votre clé)&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Délivrer des attestations</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n apprenant)</numerusform>
            <numerusform>{cohort}  (%n apprenants)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (parcours&#xa0;: choisissez-le pour voir qui l&apos;a terminé)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Aucune session pour l&apos;instant&#xa0;: créez-en une sur la page Sessions &amp; évaluation.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Rien à prévisualiser pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>Aucun apprenant n&apos;est inscrit à cette session.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. Vous pouvez tout de même délivrer&#xa0;: les attestations omettent alors ces éléments. Ajoutez-les dans la page Accomplissements.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n à délivrer</numerusform>
            <numerusform>%n à délivrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n déjà délivrée</numerusform>
            <numerusform>%n déjà délivrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n non éligible</numerusform>
            <numerusform>%n non éligibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n révoquée (jamais renouvelée avec les autres)</numerusform>
            <numerusform>%n révoquées (jamais renouvelées avec les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Délivrer %n attestation</numerusform>
            <numerusform>Délivrer %n attestations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renouveler %n sélectionné…</numerusform>
            <numerusform>Renouveler %n sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>La délivrance signe chaque attestation avec votre clé.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>L&apos;attestation {credential} de {learner} a été révoquée. Le renouvellement délivre une nouvelle attestation valide&#xa0;; l&apos;ancienne reste révoquée et apparaît toujours comme telle lors des vérifications. La renouveler&#xa0;?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>Délivrer une nouvelle attestation à {learner}&#xa0;? Elle remplace {credential}, qui sera alors vérifiée comme remplacée par une attestation plus récente&#xa0;; la date d&apos;obtention est conservée et les anciens fichiers sont déplacés dans le dossier «&#xa0;replaced&#xa0;» du dossier de sortie.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>Délivrer une nouvelle attestation à %n apprenant&#xa0;: {names}&#xa0;? Elle remplace son attestation, qui sera alors vérifiée comme remplacée par une plus récente&#xa0;; la date d&apos;obtention est conservée et les anciens fichiers sont déplacés dans le dossier «&#xa0;replaced&#xa0;» du dossier de sortie.</numerusform>
            <numerusform>Délivrer de nouvelles attestations à %n apprenants&#xa0;: {names}&#xa0;? Chacune remplace l&apos;attestation de l&apos;apprenant, qui sera alors vérifiée comme remplacée par une plus récente&#xa0;; les dates d&apos;obtention sont conservées et les anciens fichiers sont déplacés dans le dossier «&#xa0;replaced&#xa0;» du dossier de sortie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Révoquées&#xa0;: {names}. Chacun reçoit une nouvelle attestation valide&#xa0;; l&apos;ancienne reste révoquée et apparaît toujours comme telle lors des vérifications.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Non inclus&#xa0;: {names} (attestation pas encore délivrée, apprenant non éligible ou nom impossible à imprimer).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renouveler l&apos;attestation</numerusform>
            <numerusform>Renouveler les attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Échec de la délivrance</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Délivrance déjà en cours</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Délivrance des attestations pour {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Délivrée — à examiner</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Déjà délivrée</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Nom non imprimable</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Prête à délivrer</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>Le renouvellement l&apos;ignore&#xa0;: sélectionnez l&apos;apprenant et utilisez «&#xa0;Renouveler la sélection&#xa0;».</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Une attestation dont elle dépend a été révoquée&#xa0;: conservez-la ou révoquez-la sur la page Attestations.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>Délivrance terminée</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Délivrance interrompue</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Délivrées&#xa0;: {issued} · ignorées&#xa0;: {skipped} · en échec&#xa0;: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Annulé&#xa0;: les attestations comptées comme délivrées sont complètes. Relancez la délivrance pour terminer les autres&#xa0;; personne ne recevra de doublon.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>PDF prêt à imprimer&#xa0;: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n certificat révoqué exclu du fichier d&apos;impression.</numerusform>
            <numerusform>%n certificats révoqués exclus du fichier d&apos;impression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>certificat produit avec une mise en page ou une version antérieure</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>révoqué, absent du fichier d&apos;impression</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>p. ex. 1337 (facultatif)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>p. ex. Bretagne, Wallonie (facultatif)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>Les attestations indiquent le pays (et la région) depuis lequel vous les décernez&#xa0;: une microcertification européenne l&apos;exige.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>Les certificats, les messages aux apprenants et la page de vérification sont dans cette langue, sauf si un accomplissement ou une session en choisit une autre.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>L&apos;endroit où les certificats sont vérifiés en ligne (page de vérification, liste de statuts, votre domaine) se règle dans l&apos;onglet Publication.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>ID d&apos;organisation LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>Le numéro figurant dans l&apos;adresse d&apos;administration de votre page entreprise LinkedIn&#xa0;: les liens «&#xa0;Ajouter au profil&#xa0;» des apprenants affichent alors votre organisation avec son logo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>Le profil d&apos;émetteur</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>Le profil d&apos;émetteur est enregistré. Les attestations délivrées à partir de maintenant l&apos;incluront.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Protégez votre clé de signature</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmith crée une nouvelle clé de signature et la conserve chiffrée avec cette phrase secrète. Vous la saisirez pour délivrer ou révoquer des attestations.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisir à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Au moins %Ln caractère&#xa0;; une courte phrase est facile à retenir et difficile à deviner. Personne ne pourra la retrouver pour vous.</numerusform>
            <numerusform>Au moins %Ln caractères&#xa0;; une courte phrase est facile à retenir et difficile à deviner. Personne ne pourra la retrouver pour vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes ne correspondent pas&#xa0;: saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Actuelle (signe les nouvelles attestations)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Retirée (toujours vérifiable)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identifiant (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>Votre clé de signature prouve que les attestations viennent de vous. Les clés retirées sont conservées pour que les attestations signées avec elles restent vérifiables.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Sauvegarder la clé…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Exporter la carte d&apos;émetteur…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Remplacer la clé…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Sauvegarder la clé de signature</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>Le fichier de sauvegarde contient votre clé de signature, chiffrée avec votre phrase secrète.

Quiconque possède ce fichier ET votre phrase secrète peut délivrer des attestations en votre nom. Conservez-le loin de cet ordinateur (une clé USB dans un tiroir, le stockage sécurisé de votre organisme), jamais à côté de la phrase secrète, et ne l&apos;envoyez jamais par e-mail.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Enregistrer la sauvegarde de la clé</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Sauvegarde de clé (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Sauvegarde de la clé enregistrée dans {path}. Conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Enregistrer la carte d&apos;émetteur</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Carte d&apos;émetteur (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Carte d&apos;émetteur enregistrée dans {path}. Partagez-la avec toute personne qui doit faire confiance à vos attestations&#xa0;; elle ne contient aucun secret.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>La phrase secrète a été changée. Faites une nouvelle sauvegarde de la clé&#xa0;: les sauvegardes antérieures nécessitent toujours l&apos;ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Remplacer la clé de signature</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>Créer une nouvelle clé de signature et retirer la clé actuelle&#xa0;? Les attestations déjà délivrées restent vérifiables. Publiez ensuite à nouveau votre page de vérification et votre carte d&apos;émetteur.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>Une nouvelle clé de signature est en service. Sauvegardez-la dès maintenant («&#xa0;Sauvegarder la clé…&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Langue de Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>Badgesmith démarrera dans cette langue la prochaine fois. badgesmith --lang CODE ou la variable {variable} en choisit une autre le temps d&apos;un démarrage.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Enregistré&#xa0;: {language}, dès le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Modifier l&apos;apprenant</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Ajouter un apprenant</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N° d&apos;étudiant</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N° d&apos;étudiant</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Filtrer par nom, e-mail ou numéro d&apos;étudiant…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Trier par prénom</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Trier par nom de famille</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Nom de famille&#xa0;: le dernier mot du nom</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Ajouter un apprenant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Supprimer un apprenant saisi par erreur (pas un titulaire d&apos;attestations&#xa0;; annulable jusqu&apos;à la fermeture de Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>Le droit à l&apos;effacement&#xa0;: les données de l&apos;apprenant disparaissent définitivement, ses attestations restent vérifiables et révocables</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Enregistrer le relevé complet de l&apos;apprenant sélectionné, signé&#xa0;: un relevé PDF (avec un code QR et les données intégrées) ou le fichier CLR 2.0 que lit un portefeuille numérique ou un employeur</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Attestation externe…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Ajouter une attestation obtenue par l&apos;apprenant sélectionné auprès d&apos;un émetteur de confiance (son JSON ou son certificat PDF). Elle est d&apos;abord vérifiée, puis compte pour ceux de vos parcours qui incluent son accomplissement</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Enregistrer tous les apprenants dans un fichier CSV, au format de votre tableur (à ouvrir sans risque)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Rechercher des apprenants</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Aucun apprenant pour l&apos;instant&#xa0;: ajoutez-en un ou importez une feuille de calcul.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln apprenant trouvé</numerusform>
            <numerusform>%Ln apprenants trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln apprenant</numerusform>
            <numerusform>%Ln apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>Supprimer {name}, avec ses inscriptions et ses résultats&#xa0;? Vous pouvez annuler jusqu&apos;à la fermeture de Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Supprimer l&apos;apprenant</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>Apprenant supprimé&#xa0;: {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Annulé&#xa0;: suppression de {learner}.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>apprenants.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Exporter les apprenants</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>Les apprenants ont été enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Sélectionnez d&apos;abord un apprenant&#xa0;: son relevé contient toutes les attestations en vigueur qu&apos;il a obtenues.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Relevé PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Relevé d&apos;apprenant CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - relevé.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Enregistrer le relevé de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>Le relevé de {name} a été enregistré dans {file}. Il contient des données personnelles&#xa0;: vous seul pouvez lire ce fichier tant que vous ne le partagez pas.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>Un relevé d&apos;apprenant est signé&#xa0;: la phrase secrète de votre clé de signature est nécessaire.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;apprenant qui a obtenu l&apos;attestation.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Ajouter une attestation obtenue ailleurs par {name}</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Attestations (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>L&apos;accomplissement {achievement} de {issuer} a été ajouté au relevé de {name}&#xa0;: il compte pour ceux de vos parcours qui l&apos;incluent.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Aucune (uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>Compte de messagerie pour l&apos;envoi</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ex. smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>l&apos;adresse que voient les apprenants et à laquelle ils peuvent répondre</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmith envoie via votre propre compte, et uniquement quand vous cliquez sur Envoyer. Le mot de passe est enregistré chiffré avec la phrase secrète de votre clé de signature.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Serveur *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Adresse de l&apos;expéditeur *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Envoyer un message de test…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>enregistré (laisser vide pour le conserver)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>Le mot de passe est enregistré chiffré avec la phrase secrète de votre clé.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Envoyer un message de test à&#xa0;:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>Le serveur a accepté le message de test&#xa0;:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>Le mot de passe de messagerie enregistré est chiffré avec la phrase secrète de votre clé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Espaces &amp;récents</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Se connecter à une base de données &amp;partagée…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>&amp;Sauvegarder l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>Res&amp;taurer l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>&amp;Approuver un accomplissement…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>&amp;Déverrouiller la clé de signature…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>&amp;Verrouiller la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;Guide d&apos;utilisation de Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>À &amp;propos de Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>À propos de Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Attestations Open Badges 3.0 signées et certificats papier vérifiables, hors ligne.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Base de données partagée {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Données&#xa0;: {address}
Fichiers&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Espace de travail&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Clé de signature&#xa0;: déverrouillée pour cette séance</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Clé de signature&#xa0;: verrouillée</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Choisissez un dossier vide pour le nouvel espace de travail</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} n&apos;est pas vide&#xa0;: choisissez ou créez un dossier vide.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir un dossier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>Aucun espace de travail Badgesmith dans {folder}.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Un travail est encore en cours. L&apos;arrêter et ouvrir l&apos;autre espace de travail&#xa0;? Les éléments terminés sont conservés.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-sauvegarde-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Sauvegarde (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Sauvegarde enregistrée dans {file}, signée avec votre clé.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>La sauvegarde est signée avec votre clé, pour qu&apos;une restauration puisse vérifier qu&apos;elle vient bien de vous.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Restaurer l&apos;espace de travail à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Restaurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>Remplacer tout le contenu de {folder} par la sauvegarde {file}&#xa0;?

{details}

Les données actuelles sont conservées dans le dossier des sauvegardes de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Un travail est encore en cours. L&apos;arrêter et restaurer la sauvegarde&#xa0;? Les éléments terminés sont conservés.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Un travail est encore en cours. Quitter quand même&#xa0;? Les éléments terminés sont conservés.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N° d&apos;étudiant</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi&#xa0;?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmith a déduit la correspondance des en-têtes de colonnes&#xa0;; corrigez-la si nécessaire. Une colonne de nom complet l&apos;emporte sur les colonnes prénom et nom de famille.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — colonne {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans en-tête)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Message aux apprenants</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Choisir une langue…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Partir du message en</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Utiliser ce message uniquement pour «&#xa0;{achievement}&#xa0;»</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Champs de substitution&#xa0;: {placeholders}. Une ligne dont tous les champs de substitution sont vides est omise.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>Ce que recevrait le premier apprenant</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Délivrez une attestation dans cette session pour voir un aperçu.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(Pas d&apos;aperçu tant que le message contient l&apos;erreur indiquée à gauche.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>À&#xa0;: {name} &lt;{address}&gt;
Objet&#xa0;: {subject}

{body}

Pièces jointes&#xa0;: le certificat (PDF), l&apos;attestation (JSON), le badge (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Remplacer le message</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>Le message prêt à l&apos;emploi en {language} remplace l&apos;objet et le texte que vous avez écrits. Les remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrompu pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Envoyé</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Échec</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— aucune adresse —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Réponse du serveur</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Enregistrer ces graphiques et leurs chiffres en PDF, pour une revue qualité ou un organisme d&apos;accréditation</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Rien à afficher pour l&apos;instant. Dès que vous aurez mené une session ou délivré des attestations, cette page montrera combien ont été délivrées chaque mois, le taux de réussite de chaque session, les critères que les apprenants n&apos;ont pas réussis et les attestations qui expirent bientôt.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Attestations délivrées par mois</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Taux de réussite par session</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Apprenants en échec, par critère</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Attestations à renouveler</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renouveler la sélection…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Délivrer aux apprenants sélectionnés de nouvelles attestations qui remplacent celles qui expirent (Ctrl+clic pour en choisir plusieurs)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count} sur {total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}&#xa0;: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} jours</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n attestation délivrée sur cette période.</numerusform>
            <numerusform>%n attestations délivrées sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>Aucune attestation n&apos;a été délivrée sur cette période.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>{total} délivrées de {first} à {last}&#xa0;: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Part des apprenants inscrits qui remplissent les conditions de l&apos;accomplissement.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>Aucune session avec des apprenants n&apos;a eu lieu sur cette période.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}&#xa0;: {eligible} éligibles sur {learners} ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>Parmi les apprenants évalués sur un critère, la part de ceux qui ne l&apos;ont pas réussi.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>Aucun résultat n&apos;a été saisi sur cette période.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}&#xa0;: {not_met} sur {assessed} en échec ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Attestations qui expirent d&apos;ici&#xa0;%n jour</numerusform>
            <numerusform>Attestations qui expirent d&apos;ici&#xa0;%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n attestation expire bientôt&#xa0;: sélectionnez-la et renouvelez-la.</numerusform>
            <numerusform>%n attestations expirent bientôt&#xa0;: sélectionnez-les et renouvelez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Aucune attestation n&apos;expire d&apos;ici&#xa0;%n jour.</numerusform>
            <numerusform>Aucune attestation n&apos;expire d&apos;ici&#xa0;%n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>dans {first} à {last} jours&#xa0;: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>rapport de synthèse {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>Le rapport de synthèse a été enregistré dans {file}. Il nomme des apprenants&#xa0;: vous seul pouvez lire ce fichier tant que vous ne le partagez pas.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renouveler&#xa0;%n attestation…</numerusform>
            <numerusform>Renouveler&#xa0;%n attestations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>Renouveler&#xa0;%n attestation&#xa0;? Si l&apos;apprenant remplit toujours les conditions, il reçoit une nouvelle attestation qui remplace celle qui expire&#xa0;: la date d&apos;obtention est conservée et les anciens fichiers sont déplacés dans le dossier «&#xa0;replaced&#xa0;» situé à côté.</numerusform>
            <numerusform>Renouveler&#xa0;%n attestations&#xa0;? Chaque apprenant qui remplit toujours les conditions reçoit une nouvelle attestation qui remplace celle qui expire&#xa0;: la date d&apos;obtention est conservée et les anciens fichiers sont déplacés dans le dossier «&#xa0;replaced&#xa0;» situé à côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Enregistrées dans&#xa0;: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Non inclus&#xa0;: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renouveler l&apos;attestation</numerusform>
            <numerusform>Renouveler les attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>Le renouvellement signe chaque nouvelle attestation avec votre clé.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Renouvellement des attestations…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Accomplissements</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Sessions &amp; évaluation</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Délivrer</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>Tous</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Au moins {needed} sur {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ obtenu le {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>atteint</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>encore %n requis</numerusform>
            <numerusform>encore %n requis</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Schéma des conditions du parcours</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>Cet accomplissement est un parcours (obtenu en détenant d&apos;autres accomplissements)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Modifier les conditions…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Rechercher des apprenants par nom ou e-mail</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Progression de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Progression de l&apos;apprenant…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>accomplissement {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Aucun apprenant&#xa0;: conditions seules</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}&#xa0;: obtenu le {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}&#xa0;: pas encore — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>non (retiré)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Toutes les personnes qui se connectent à cette base de données partagée, et ce que leur rôle leur permet de faire. La base de données elle-même fait respecter les rôles.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Modifier le rôle…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} peut maintenant se connecter en tant que {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>Retirer {name}&#xa0;? Cette personne ne pourra plus se connecter&#xa0;; le journal d&apos;audit conserve sous son nom ce qu&apos;elle a fait.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Sélectionnez d&apos;abord une personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>p. ex. anna ou a.martin</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>Communiquez-lui son mot de passe de vive voix&#xa0;; elle se connecte avec sur son propre ordinateur. Badgesmith ne le conserve pas.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Un formateur enregistre les apprenants et les résultats&#xa0;; un émetteur délivre et révoque en plus les attestations et modifie les accomplissements&#xa0;; un administrateur gère en plus les personnes, les clés et les paramètres.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Chaque ligne du fichier et ce qu&apos;il en adviendra. Pour corriger une ligne retenue, double-cliquez sur son nom, son e-mail ou son numéro d&apos;étudiant (ou sélectionnez-le et appuyez sur F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Importer %n apprenant</numerusform>
            <numerusform>Importer %n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Aucune ligne de ce fichier ne peut encore être importée&#xa0;: consultez les motifs ci-dessus et corrigez les lignes ici ou dans le fichier.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} ne peut pas être lu comme un PDF&#xa0;; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>L&apos;imprimante {printer} n&apos;a pas accepté la tâche&#xa0;; vérifiez-la et relancez l&apos;impression.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>L&apos;imprimante a cessé d&apos;accepter des pages&#xa0;; vérifiez-la et relancez l&apos;impression.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimer {title}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>%n page envoyée à {printer}.</numerusform>
            <numerusform>%n pages envoyées à {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n page sur {total} a été envoyée à {printer}.</numerusform>
            <numerusform>Annulé&#xa0;: %n pages sur {total} ont été envoyées à {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Non imprimés&#xa0;:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impression terminée</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Impression de {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>Qui décerne les attestations&#xa0;?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Ces informations figurent sur chaque certificat et dans chaque attestation.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>p. ex. Collectif de formation Northbridge</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>Annulation… fin de l&apos;élément en cours.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} sur {total}&#xa0;: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>Les noms, accomplissements et résultats des apprenants deviennent publics à ces adresses, pour quiconque les trouve. Les attestations révoquées sont retirées à la prochaine publication.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>Publier dans quel dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>La publication signe la liste de statuts avec votre clé.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>Publier écrit un dossier pour votre site web&#xa0;: la page de vérification, votre profil d&apos;émetteur, la liste de statuts qui rend les révocations visibles et, si vous utilisez votre domaine, did.json. Mettez ce dossier en ligne chez n&apos;importe quel hébergeur&#xa0;; le fichier README.txt qu&apos;il contient indique où placer chaque fichier.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org, ou utilisateur.github.io:badges (facultatif)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>Publier le JSON de chaque attestation (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Page de vérification</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>Le code QR de chaque certificat ouvre cette page&#xa0;; le code du certificat reste dans le #fragment du lien, qui n&apos;est jamais transmis au serveur.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Liste de statuts</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Placez-la dans le même dossier que la page (par exemple status/1 à côté de verify.html)&#xa0;: la page indique alors si un certificat a été révoqué.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Votre domaine (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Laissez vide si vous n&apos;avez pas de domaine&#xa0;: votre clé est alors identifiée par son empreinte (did:key). Avec votre domaine, les attestations le désignent comme émetteur et vous y mettez en ligne did.json&#xa0;; les nouvelles clés y sont ajoutées et les anciennes conservées, pour que les attestations plus anciennes restent vérifiables.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} LinkedIn et les portefeuilles numériques disposent ainsi d&apos;une adresse stable pour chaque attestation.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Publier dans</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Enregistré. Les attestations délivrées à partir de maintenant incluront ces adresses.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Publier les attestations</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

Les publier&#xa0;?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>Les paramètres de publication</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(données personnelles effacées)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Conditions du parcours</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Tous ceux-ci</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Au moins N parmi ceux-ci</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>Le groupe sélectionné exige</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N, le nombre exigé par le groupe</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>Le groupe sélectionné exige&#xa0;:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Accomplissement à ajouter</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Ajouter l&apos;accomplissement</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Un groupe imbriqué, p. ex. «&#xa0;au moins 2 parmi&#xa0;» dans «&#xa0;tous&#xa0;»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Retirer l&apos;accomplissement ou le groupe sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>Les apprenants obtiennent cet accomplissement en détenant les accomplissements ci-dessous. Sélectionnez un groupe pour modifier ce qu&apos;il exige ou pour y ajouter des éléments.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>accomplissement {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Au moins {needed} sur %n</numerusform>
            <numerusform>Au moins {needed} sur ces %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} figure déjà dans ce groupe.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Révoquer l&apos;attestation</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>Révoquer l&apos;attestation de {learner}&#xa0;? Vous pourrez la rétablir plus tard.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Motif, p. ex. Délivrée par erreur&#xa0;: mauvaise session</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>La révocation nécessite la phrase secrète de votre clé de signature.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Mise en page du certificat</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Profil d&apos;émetteur</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Émetteurs de confiance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Se connecter à la base de données partagée</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Chaque personne se connecte sous son propre nom&#xa0;; son rôle détermine ce qu&apos;elle peut faire.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Se connecter à la base de données partagée</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>La base de données partagée {where} demande votre nom et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Accentuation</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Petits caractères</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Avant le nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Avant l&apos;accomplissement</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Après l’accomplissement</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Libellé de la date de délivrance</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Libellé de l&apos;expiration</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>En haut, centré</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>La langue de l’émetteur</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Aucune (une seule langue)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>Imprimer la page de microcertification européenne</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Quand l&apos;accomplissement comporte des éléments de microcertification européenne, ses certificats les présentent sur une deuxième page.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logo et arrière-plan</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Logo de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Signataires (nom, fonction et image de la signature&#xa0;; trois au maximum)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Fonction, p. ex. Responsable pédagogique</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer la mise en page</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Deuxième langue (bilingue)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>L&apos;aperçu s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>cet accomplissement</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>La mise en page du certificat de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Créez d&apos;abord un accomplissement&#xa0;: la mise en page de son certificat se modifie ici.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Un autre modèle remplace les couleurs, les textes et les signataires que vous avez modifiés sans les enregistrer. Abandonner ces modifications&#xa0;?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Enregistré&#xa0;: les certificats délivrés à partir de maintenant utiliseront cette mise en page.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identifiant (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Les attestations signées par ces émetteurs sont vérifiées comme fiables. Importez la carte d&apos;émetteur qu&apos;ils vous ont remise (vérifiez son empreinte avec eux).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Émetteurs de confiance</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Aucun émetteur de confiance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Importer une carte d&apos;émetteur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Importer une carte d&apos;émetteur</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Carte d&apos;émetteur (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} est désormais un émetteur de confiance (empreinte de la clé {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>Ne plus faire confiance à {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Retirer l&apos;émetteur de confiance</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Rétablir ce qui a été retiré (Ctrl+Z)</translation>
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
        <translation>Déverrouiller la clé de signature</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>La signature nécessite la phrase secrète de votre clé. Elle reste en mémoire jusqu&apos;à la fermeture de Badgesmith ou au verrouillage de la clé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Certificats et attestations (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Coller le texte d’un code QR</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…ou collez ici le texte d&apos;un code QR scanné (ou un lien de vérification)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Vérifier le texte</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Vérifier à nouveau le même fichier ou texte, d&apos;après ce que cet espace de travail sait maintenant</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Vérifier une attestation</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Vérifie la signature, la clé de l&apos;émetteur (la vôtre, de confiance ou inconnue), les dates, la révocation telle que cet espace de travail la connaît, et la correspondance entre le code QR et l&apos;attestation. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Aucune attestation vérifiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Vérifier un fichier</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Vérifié à {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Comparez avec le document papier ou la page que vous avez sous les yeux.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Un accomplissement sans nom</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>Pas cet apprenant</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>%n attestation du relevé, vérifiée individuellement</numerusform>
            <numerusform>%n attestations du relevé, vérifiées chacune individuellement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>Où peut-on vérifier vos certificats&#xa0;?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>Le code QR d&apos;un certificat peut ouvrir une page de votre site web qui le vérifie et indique si vous l&apos;avez révoqué.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>Badgesmith écrit cette page et votre liste de certificats révoqués&#xa0;; vous les mettez en ligne sur votre site web (Paramètres ▸ Publication ▸ Publier).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Je n&apos;ai pas encore de site web</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Je mettrai la page sur mon site web</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>Un téléphone qui scanne un certificat affiche alors son code sous forme de texte (la page Vérifier de Badgesmith le contrôle toujours), et les révocations restent sur cet ordinateur. Vous pourrez ajouter les adresses plus tard dans Paramètres ▸ Publication&#xa0;; les certificats conservent ce qui était défini lors de leur délivrance.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org, ou utilisateur.github.io:badges  (facultatif)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Page de vérification</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Liste de statuts</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>La liste de statuts est votre liste de certificats révoqués&#xa0;; placez-la à côté de la page.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Votre domaine</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Uniquement si le domaine vous appartient et que vous pouvez y mettre des fichiers en ligne&#xa0;: les attestations le désignent alors comme émetteur (did:web). Sinon, votre clé est identifiée par son empreinte (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Saisissez l&apos;adresse qu&apos;aura votre page de vérification, ou choisissez «&#xa0;Je n&apos;ai pas encore de site web&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Emplacement de votre espace de travail</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Les accomplissements, apprenants, résultats et attestations délivrées sont conservés dans un seul dossier.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Sauvegardez-le via Fichier ▸ Sauvegarder l&apos;espace de travail…&#xa0;; la sauvegarde inclut la clé chiffrée.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Emplacement de vos fichiers</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>Les données sont conservées dans la base de données partagée&#xa0;; les certificats et les brouillons d&apos;e-mail sont écrits dans ce dossier, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Création de votre clé de signature…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>L&apos;attestation n&apos;est pas signée (elle n&apos;a pas de preuve).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>La preuve de l&apos;attestation est mal formée.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>L&apos;attestation doit porter exactement une DataIntegrityProof avec la suite cryptographique eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>La preuve n&apos;indique aucune méthode de vérification.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>L&apos;objet de la preuve n&apos;est pas assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>La clé de signature est inutilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>La valeur de signature de la preuve est mal formée.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>Le @context de la preuve ne correspond pas à celui de l&apos;attestation.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>L&apos;attestation ne peut pas être traitée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>La signature ne correspond pas&#xa0;: l&apos;attestation a été modifiée ou signée avec une autre clé.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La signature est valide.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Vérifiée&#xa0;: le relevé et chacune de ses {count} attestations sont authentiques, en cours de validité et proviennent d&apos;un émetteur de confiance.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Vérifiée&#xa0;: l&apos;approbation est authentique, en cours de validité et signée par une clé de confiance.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Vérifiée&#xa0;: l&apos;attestation est authentique, en cours de validité et provient d&apos;un émetteur de confiance&#xa0;; seul cet émetteur peut dire s&apos;il l&apos;a révoquée depuis.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Vérifiée&#xa0;: l&apos;attestation est authentique, en cours de validité et provient d&apos;un émetteur de confiance.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>l&apos;attestation a échoué à un contrôle.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Signée par une clé inconnue {fingerprint}&#xa0;: la signature est intacte, mais aucune personne de confiance ne se porte garante de cet émetteur.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Révoquée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Expirée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Non vérifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Remplacée par une attestation plus récente&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>elle a été délivrée à nouveau sous l&apos;identifiant {credential}&#xa0;; seule la plus récente est en vigueur.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signée par la clé actuelle {fingerprint} de cet espace de travail. Une empreinte est un code court calculé à partir de la clé publique (did:key)&#xa0;: le même code communiqué par l&apos;émetteur signifie la même clé.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signée par la clé retirée {fingerprint} de cet espace de travail, conservée pour la vérification. Une empreinte est un code court calculé à partir de la clé publique (did:key)&#xa0;: le même code communiqué par l&apos;émetteur signifie la même clé.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signée par la clé {fingerprint} d&apos;un émetteur que vous avez importé comme émetteur de confiance. Une empreinte est un code court calculé à partir de la clé publique (did:key)&#xa0;: le même code communiqué par l&apos;émetteur signifie la même clé.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Signée par une clé inconnue {fingerprint}. Une empreinte est un code court calculé à partir de la clé publique (did:key)&#xa0;: le même code communiqué par l&apos;émetteur signifie la même clé.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signée par la clé actuelle {fingerprint} de cet espace de travail. L&apos;attestation désigne son émetteur par le domaine web {domain} (did:web), dont le document DID répertorie cette clé.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signée par la clé retirée {fingerprint} de cet espace de travail, conservée pour la vérification. L&apos;attestation désigne son émetteur par le domaine web {domain} (did:web), dont le document DID répertorie cette clé.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signée par la clé {fingerprint} d&apos;un émetteur que vous avez importé comme émetteur de confiance. L&apos;attestation désigne son émetteur par le domaine web {domain} (did:web), dont le document DID répertorie cette clé.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Signée par une clé inconnue {fingerprint}. L&apos;attestation désigne son émetteur par le domaine web {domain} (did:web), dont le document DID répertorie cette clé.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>L&apos;attestation n&apos;a pas de date validFrom valide.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>L&apos;attestation ne devient valide que le {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Valide à partir du {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>L&apos;attestation n&apos;expire pas.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>La date validUntil de l&apos;attestation est mal formée.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>L&apos;attestation a expiré le {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Valide jusqu&apos;au {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>Le fichier ne contient pas d&apos;attestation (un objet JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>Le JSON de l&apos;attestation affiche d&apos;autres données ({fields}) que celles couvertes par sa signature.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>Ce que montre l&apos;attestation est bien ce qui a été signé.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Sans signature valide, la clé de signature ne peut être attribuée à personne.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>Aucune clé de signature à comparer avec l&apos;émetteur.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>L&apos;émetteur indiqué dans l&apos;attestation détient la clé de signature.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>L&apos;attestation indique l&apos;émetteur {issuer}, mais elle a été signée avec une autre clé ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>Les dates ne peuvent pas être lues dans une attestation qui ne peut pas être traitée.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>L&apos;émetteur a révoqué cette attestation le {day}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>L&apos;émetteur a révoqué cette attestation&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Un relevé n&apos;a pas de statut propre&#xa0;: chaque attestation qu&apos;il contient est contrôlée ci-dessous pour la révocation.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Impossible de savoir ici si son émetteur l&apos;a révoquée&#xa0;: seuls les registres de l&apos;émetteur le disent (sa liste de statuts&#xa0;: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Impossible de savoir ici si son émetteur l&apos;a révoquée&#xa0;: seuls les registres de l&apos;émetteur le disent.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>Non révoquée&#xa0;: cet espace de travail l&apos;a délivrée et ne l&apos;a pas révoquée.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Conforme au schéma JSON officiel d&apos;Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>Non conforme au schéma OB 3.0&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>Non conforme au schéma OB 3.0&#xa0;: {problem} (et {more} autre(s)).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>A la structure d&apos;un relevé d&apos;apprenant CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>N&apos;a pas la structure d&apos;un relevé d&apos;apprenant&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>N&apos;a pas la structure d&apos;un relevé d&apos;apprenant&#xa0;: {problem} (et {more} autre(s)).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Approuvé par {endorser} ({did}) le {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Approuvé par {endorser} ({did}) le {day}, valide jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Approuvé par {endorser} ({did}) le {day}&#xa0;: «&#xa0;{comment}&#xa0;»</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Approuvé par {endorser} ({did}) le {day}, valide jusqu&apos;au {until}&#xa0;: «&#xa0;{comment}&#xa0;»</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>L&apos;approbation de {endorser} ({did}) a expiré le {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Une approbation au nom de {endorser} ({did}) est signée par une clé inconnue {fingerprint}&#xa0;: aucune personne de confiance ne s&apos;en porte garante, elle n&apos;est donc pas présentée comme une approbation. Importez la carte d&apos;émetteur de l&apos;approbateur pour lui faire confiance.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Une approbation n&apos;est pas vérifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>L&apos;attestation porte une approbation de {endorser} ({did}), mais celle-ci n&apos;est pas présentée comme telle&#xa0;: l&apos;attestation elle-même n&apos;est pas vérifiée, et une approbation garantit un accomplissement, pas celui qui le décerne.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>L&apos;approbation n&apos;est pas présentée comme telle&#xa0;: ce qui la porte n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>L&apos;approbation est plus volumineuse qu&apos;une approbation ne peut l&apos;être (au plus {limit} caractères de JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Une approbation ne peut pas porter elle-même d&apos;approbations.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Les approbations qu&apos;elle porte ne sont pas contrôlées&#xa0;: la signature de l&apos;attestation elle-même n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>L&apos;accomplissement porte {count} approbations&#xa0;; Badgesmith en contrôle au plus {limit}, l&apos;attestation n&apos;est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>l&apos;attestation porte deux fois l&apos;approbation {id}.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>ce n&apos;est pas un EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>elle ne nomme pas son approbateur.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>elle approuve {subject}, et non l&apos;accomplissement de cette attestation ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>elle est signée par l&apos;émetteur même de l&apos;attestation&#xa0;; une approbation doit venir de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>Un relevé à l&apos;intérieur d&apos;un relevé n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>L&apos;apprenant du relevé ne peut pas être lu dans ce que couvre sa signature&#xa0;: impossible de dire à qui appartient cette attestation.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>Elle a été décernée à {recipient}, et non à {learner}, titulaire de ce relevé.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>Le relevé ne contient aucune attestation.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Chacune des {count} attestations du relevé est vérifiée séparément et a été décernée à son apprenant.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 attestation du relevé n&apos;est pas vérifiée&#xa0;: {credential}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Attestations du relevé non vérifiées&#xa0;: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Attestations du relevé non vérifiées&#xa0;: {count} — {credentials} (et {more} autre(s))</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>il manque encore {count} parmi&#xa0;: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>il manque {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>il manque {achievements} et {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Il manque encore {count} parmi&#xa0;: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Il manque {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Il manque {achievements} et {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>Quelqu&apos;un d&apos;autre a effacé ce résultat entre-temps&#xa0;; la grille l&apos;affiche maintenant vide.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce résultat le {when}&#xa0;; la grille affiche maintenant sa valeur.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Vous avez modifié ce résultat le {when}, dans une autre fenêtre ou un autre programme&#xa0;; la grille affiche maintenant cette valeur.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>{person} a modifié ce résultat le {when}&#xa0;; la grille affiche maintenant sa valeur.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette preuve le {when}&#xa0;; la grille l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>Quelqu&apos;un d&apos;autre a retiré cette preuve entre-temps&#xa0;; la grille n&apos;en affiche plus aucune.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>Aucune note saisie pour {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}&#xa0;: non saisi.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}&#xa0;: échec.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}&#xa0;: aucun niveau saisi.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}&#xa0;: {level} est inférieur au niveau requis ({required}).</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>La note {score} est inférieure au seuil de réussite de {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non inscrit.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>Le nom ne peut pas être imprimé&#xa0;: aucune police ne contient {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>Non éligible&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Déjà délivrée.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Révoquée&#xa0;: une attestation révoquée n&apos;est renouvelée que si son apprenant est désigné et le renouvellement confirmé.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>Aucune adresse de page de vérification&#xa0;: un téléphone qui scanne le code QR ne voit qu&apos;un code, pas une page qui le vérifie (Paramètres ▸ Publication).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>Aucune adresse de liste de statuts&#xa0;: les certificats délivrés maintenant ne portent aucune entrée de révocation&#xa0;; une révocation ultérieure n&apos;atteindra donc que cet ordinateur et la page de vérification que vous publiez (Paramètres ▸ Publication).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>La liste de statuts est sur un autre site web que la page de vérification&#xa0;: la page ne la lit que sur son propre site et indiquera donc qu&apos;elle n&apos;a pas pu contrôler la révocation.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>La liste de statuts est en dehors du dossier de la page de vérification&#xa0;: README.txt indiquera où la mettre en ligne.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>La page Vérifier de Badgesmith affiche la révocation immédiatement. Hors de cet ordinateur, elle apparaît dès que vous publiez de nouveau votre site (Publier le site…) et mettez en ligne la liste de statuts modifiée&#xa0;: la page de vérification et les autres vérificateurs lisent cette liste.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>La page Vérifier de Badgesmith affiche la révocation immédiatement. Ce certificat a été délivré sans entrée dans une liste de statuts, les autres vérificateurs ne la verront donc pas&#xa0;; votre page de vérification, si, dès que vous la publiez de nouveau et la mettez en ligne&#xa0;: elle liste les certificats révoqués jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Émetteur inconnu</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguë</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Émetteur (selon l&apos;attestation)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Clé de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Accomplissement</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Liste de statuts</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>Lien du code QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Approuve</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, version {number}, de cet espace de travail</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>Le fichier est trop volumineux pour être vérifié avec la mémoire disponible.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Une erreur interne a interrompu la vérification de ce fichier&#xa0;; elle a été consignée dans le journal. Rien ne peut être dit sur l&apos;attestation.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} est plus volumineux que ne l&apos;est jamais un certificat, une attestation ou une photo.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>Ce n&apos;est ni un PDF, ni une attestation (JSON), ni une image ou un texte de code QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Ce fichier d&apos;attestation est enregistré en UTF-16&#xa0;; les attestations sont en JSON UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>L&apos;attestation est entourée de caractères que JSON n&apos;autorise pas (p. ex. des espaces insécables)&#xa0;; enregistrez-la en JSON simple.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>Il n&apos;y a rien à vérifier&#xa0;: collez le texte d&apos;un code QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Ce texte est bien plus long que ce que contient un code QR&#xa0;; collez le texte d&apos;un seul code QR ou ouvrez le fichier de l&apos;attestation.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (selon l&apos;attestation&#xa0;; la clé ne vous est pas connue)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>L&apos;attestation appelle son émetteur {stated}, ce qui se lit comme le nom de cet espace de travail, mais elle a été signée avec la clé à laquelle vous faites confiance en tant que {trusted}&#xa0;: elle ne vient pas de vous.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>L&apos;attestation appelle son émetteur {stated}, mais vous avez accordé votre confiance à cette clé en tant que {trusted}. S&apos;il a changé de nom, importez sa nouvelle carte d&apos;émetteur.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Délivrée par {issuer}, comme vous avez fait confiance à cette clé.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>L&apos;approbation indique comme approbateur {stated}, mais elle est signée par la clé de cet espace de travail, dont l&apos;émetteur est {current}&#xa0;: une approbation n&apos;est présentée que sous le nom que représente sa clé.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>L&apos;attestation nomme son émetteur {stated}&#xa0;; l&apos;émetteur de cet espace de travail s&apos;appelle désormais {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>Le JSON n&apos;est pas une attestation.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un certificat authentique indique&#xa0;: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un relevé authentique indique&#xa0;: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>entrée {index} de {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>La signature du code QR ne correspond pas à son contenu&#xa0;: le certificat a été modifié ou n&apos;est pas authentique.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Signé par une clé inconnue {fingerprint}&#xa0;: ce n&apos;est pas un émetteur auquel cet espace de travail fait confiance.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (selon le code QR&#xa0;; la clé ne vous est pas connue)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>Le code QR est intact et signé par la clé actuelle de cet espace de travail.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>Le code QR est intact et signé par une clé retirée de cet espace de travail.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>Le code QR est intact et signé par la clé d&apos;un émetteur de confiance.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>Le code QR est intact et signé par une clé connue.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Impossible de savoir ici si {issuer} l&apos;a révoquée&#xa0;: seuls ses propres registres le disent.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Impossible de savoir ici si son émetteur l&apos;a révoquée&#xa0;: seuls ses propres registres le disent.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>Le registre de cet espace de travail ne contient aucune attestation avec cet identifiant&#xa0;: le code QR d&apos;un relevé PDF est celui du relevé d&apos;apprenant. Ouvrez ici le relevé PDF pour contrôler chaque attestation qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Expirée le {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Expirée.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Valide jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Délivrée par {issuer} à {recipient} pour {achievement} le {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Délivrée par {issuer} à {recipient} pour {achievement} le {day}. Seul cet émetteur peut dire s&apos;il l&apos;a révoquée depuis.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Délivrée par {issuer} à {recipient} pour {achievement} le {day}. La révocation éventuelle de ses attestations depuis est contrôlée sur le relevé PDF.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>Le code QR mène à votre page de vérification.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Le code QR envoie les téléphones vers {address}, qui n&apos;est pas votre page de vérification ({page})&#xa0;: le code imprimé a été remplacé, ou votre page a changé d&apos;adresse après l&apos;impression de ce certificat.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>Le code QR envoie les téléphones vers {address}, qui n&apos;est pas votre page de vérification (aucune n&apos;est définie)&#xa0;: le code imprimé a été remplacé, ou votre page a changé d&apos;adresse après l&apos;impression de ce certificat.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>Le code QR mène au site de {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>Le code QR envoie les téléphones vers {address}&#xa0;; Badgesmith ne peut pas dire si cette page appartient à {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>Le badge contient une attestation sous une forme que Badgesmith ne lit pas (seules les attestations JSON sont vérifiées).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>L&apos;attestation a été intégrée à cette image de badge&#xa0;; l&apos;image elle-même n&apos;est pas signée, seule l&apos;attestation qu&apos;elle contient l&apos;est.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>Aucun code QR n&apos;a été trouvé dans l&apos;image&#xa0;; essayez une photo plus nette et plus droite.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>L&apos;image montre {count} codes QR différents&#xa0;: impossible de dire lequel est celui du certificat. Photographiez-en un seul à la fois.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>Le PDF ne contient aucune attestation signée&#xa0;: rien ne peut y être vérifié&#xa0;; les certificats Badgesmith en contiennent une. Pour vérifier son code QR, scannez-le ou vérifiez une photo de celui-ci.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>Le PDF n&apos;a pas de sceau&#xa0;: il a été réenregistré par un autre programme, ou créé avant que Badgesmith ne scelle ses certificats&#xa0;; sa page ne peut donc pas être garantie (l&apos;attestation qu&apos;il contient est contrôlée ci-dessus). Si le certificat est le vôtre, exportez-le à nouveau depuis la page Attestations.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>Le PDF a été modifié après sa création&#xa0;: son sceau ne correspond pas au fichier, la page peut donc montrer autre chose que ce qui a été signé.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>Le fichier est exactement tel que Badgesmith l&apos;a créé dans cet espace de travail (scellé avec la clé de l&apos;attestation)&#xa0;: sa page montre donc ce qui a été signé.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>Le fichier est exactement tel que l&apos;émetteur l&apos;a scellé avec la clé qui a signé l&apos;attestation&#xa0;: personne ne l&apos;a modifié depuis. Ce que montre la page vient de l&apos;émetteur lui-même&#xa0;; comparez-le avec les informations ci-dessus.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>Le code QR imprimé est absent ou illisible.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>La page comporte plusieurs codes QR&#xa0;: impossible de dire lequel est celui du certificat.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>Code QR&#xa0;: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>Le code QR imprimé ne correspond pas à l&apos;attestation intégrée.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>Le code QR ne correspond pas à l&apos;attestation intégrée&#xa0;: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>Le code QR correspond à l&apos;attestation intégrée.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>La phrase secrète est incorrecte&#xa0;: la clé de signature n&apos;a pas pu être déverrouillée.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>le nom de l&apos;apprenant</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>le nom de l&apos;accomplissement</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>le nom de votre organisme</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>la date d&apos;obtention</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>la date d&apos;expiration (vide si elle n&apos;expire pas)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>le lien public de vérification (vide sans page de vérification)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>le lien LinkedIn «&#xa0;Ajouter au profil&#xa0;»</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;attestation</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>Le commentaire compte {count} caractères&#xa0;; celui d&apos;une approbation en compte au plus {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>L&apos;approbation serait valide jusqu&apos;au {day}, date déjà passée&#xa0;: choisissez une date à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>L&apos;approbation prendrait fin avant de commencer.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} est plus volumineux qu&apos;une demande d&apos;approbation ne peut l&apos;être (au plus {limit}&#xa0;Mo).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} n&apos;est pas une demande d&apos;approbation&#xa0;: ce n&apos;est pas un fichier texte (JSON en UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} n&apos;est pas une demande d&apos;approbation&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} est une attestation, pas une demande d&apos;approbation&#xa0;: ouvrez le fichier de demande envoyé par l&apos;organisme.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} n&apos;est pas une demande d&apos;approbation Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} est une demande d&apos;approbation d&apos;un autre type (version {version})&#xa0;; cette version de Badgesmith lit la version {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} n&apos;indique aucun identifiant d&apos;accomplissement&#xa0;: il n&apos;y a donc rien à approuver.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} n&apos;indique aucun accomplissement.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} n&apos;indique pas qui décerne l&apos;accomplissement.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>identification de l&apos;apprenant</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>pays ou région de l&apos;émetteur</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>organisme de délivrance</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>date de délivrance</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>acquis d&apos;apprentissage</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>charge de travail théorique</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>type d&apos;évaluation</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>forme de participation</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>type d&apos;assurance qualité</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>prérequis</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>surveillance et vérification de l&apos;identité</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>note obtenue</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>intégration ou cumulabilité</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>informations complémentaires</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>Microcertification européenne&#xa0;: les {total} éléments obligatoires</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>Microcertification européenne&#xa0;: {present} éléments obligatoires sur {total} — il manque&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Cet espace de travail n&apos;a pas encore de clé de signature&#xa0;: configurez d&apos;abord l&apos;émetteur.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;émetteur&#xa0;; configurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} est un accomplissement de cet espace de travail&#xa0;: une approbation vient de quelqu&apos;un d&apos;autre, un employeur ou un organisme professionnel, dans son propre Badgesmith.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} ne contient pas d&apos;approbation lisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} est une demande d&apos;approbation, pas une approbation&#xa0;: envoyez-la à l&apos;approbateur, qui la signe dans son Badgesmith (Fichier ▸ Approuver un accomplissement…, ou badgesmith endorse), puis ajoutez ce qu&apos;il vous renvoie.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} n&apos;est pas une approbation (un EndorsementCredential Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: il est signé par la clé {fingerprint}, que vous n&apos;avez pas importée comme clé de confiance. N&apos;importe qui peut signer sous n&apos;importe quel nom&#xa0;: importez la carte d&apos;émetteur de l&apos;approbateur (Paramètres ▸ Émetteurs de confiance), comparez son empreinte avec celle qu&apos;il vous communique, puis ajoutez de nouveau l&apos;approbation.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: son contenu signé n&apos;indique ni identifiant, ni approbateur, ni accomplissement approuvé.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: il est signé par la clé de cet espace de travail, et une approbation doit venir de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: le nom de son approbateur compte {count} caractères&#xa0;; Badgesmith conserve des noms de {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Cette approbation a déjà été ajoutée.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: cette version porte déjà {count} approbations, le maximum pour une attestation. Retirez d&apos;abord une approbation qui n&apos;a plus d&apos;importance.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: l&apos;approbation est valide en elle-même, mais les attestations de cette version ne pourraient pas la porter&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>Il n&apos;existe aucun accomplissement ayant l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: il approuve {subject}, qui n&apos;est pas une version de {achievement} (ni aucun accomplissement de cet espace de travail).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} n&apos;a pas été ajouté&#xa0;: il approuve {other}, et non {achievement}. Ajoutez-le à {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Pour la version {number}, une version antérieure&#xa0;: les attestations de la version actuelle ne la portent pas (elles décernent un autre identifiant d&apos;accomplissement). Demandez à {endorser} d&apos;approuver la version actuelle.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Expirée le {day}&#xa0;: les nouvelles attestations ne la portent plus.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Valide&#xa0;: les attestations que vous délivrez désormais pour la version {number} la portent.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Cette approbation ne se trouve pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>Aucun chiffre pour {year}&#xa0;: choisissez une année de {first} à {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>Les données personnelles de l&apos;apprenant ont été effacées&#xa0;: l&apos;attestation ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>Elle a déjà été révoquée ou renouvelée.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>L&apos;apprenant n&apos;est plus inscrit à la session par laquelle elle a été délivrée.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Quelqu&apos;un d&apos;autre délivre en ce moment les attestations de cette session&#xa0;; réessayez quand cette personne aura terminé.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Vous délivrez les attestations de cette session depuis le {since}, dans une autre fenêtre ou un autre programme&#xa0;; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} délivre les attestations de cette session depuis le {since}&#xa0;; réessayez quand cette personne aura terminé.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>Espace de travail de {folder} copié dans la base de données partagée {where}&#xa0;: {rows} lignes dans {tables} tables, en {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>Vérifié en {seconds} s&#xa0;: chaque table contient autant de lignes qu&apos;avant&#xa0;; les {events} événements du journal d&apos;audit se vérifient&#xa0;; {verified} attestations sur {credentials} se vérifient comme à leur délivrance ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Attestations qui ne se vérifiaient déjà pas dans l&apos;ancien espace de travail, et toujours pas&#xa0;: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>L&apos;ancien fichier de l&apos;espace de travail est conservé sous le nom {kept}. {folder} est désormais la partie de l&apos;espace de travail partagé située sur cet ordinateur&#xa0;: les certificats et les brouillons y restent.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>Les autres se connectent avec&#xa0;: badgesmith --database {where} (ajoutez-les d&apos;abord avec badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} est déjà la partie locale d&apos;un espace de travail partagé&#xa0;: il n&apos;y a rien à déplacer.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>Il n&apos;y a aucun espace de travail à déplacer dans {folder}.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>Le journal d&apos;audit de cet espace de travail est déjà endommagé ({problem})&#xa0;; rien n&apos;a été copié. Vérifiez-le avec badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>La base de données {where} n&apos;est pas vide (tables&#xa0;: {n}, p. ex. {names})&#xa0;; migrate-to ne copie un espace de travail que dans une base de données vide. Créez-en une nouvelle (p. ex. createdb badgesmith) et réessayez.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>Quelqu&apos;un a commencé à utiliser la base de données {where} entre-temps&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Un autre programme écrit dans l&apos;espace de travail de {folder}&#xa0;; fermez Badgesmith sur ce poste et réessayez. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>La copie ne contient pas les mêmes lignes que l&apos;espace de travail&#xa0;: {tables}&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>Le journal d&apos;audit ne se vérifie pas dans la copie ({problem})&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Attestations vérifiées dans l&apos;espace de travail mais pas dans la copie sur {where}&#xa0;: {n} (p. ex. {ids})&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>formateur</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Cette action nécessite le rôle de formateur&#xa0;; vous ({user}) n&apos;avez aucun rôle dans Badgesmith. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>La délivrance, la révocation et la modification des accomplissements nécessitent le rôle d&apos;émetteur&#xa0;; vous ({user}) êtes connecté en tant que {role}. Adressez-vous à votre administrateur ou à un émetteur.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Cette action nécessite le rôle d&apos;administrateur&#xa0;; vous ({user}) êtes connecté en tant que {role}. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>La base de données partagée a refusé cette modification&#xa0;: votre rôle ne le permet pas. Rien n&apos;a été enregistré. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Un texte est plus long que ce que la base de données partagée peut contenir ; rien n&apos;a été enregistré. Raccourcissez-le et réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les mêmes données au même moment&#xa0;; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>La connexion à la base de données partagée a été perdue&#xa0;; cette modification n&apos;a pas été enregistrée. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même&#xa0;; un autre administrateur le peut.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Les personnes et les rôles n&apos;existent que dans une base de données partagée&#xa0;; cet espace de travail se trouve uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Quelqu&apos;un a modifié l&apos;espace de travail partagé pendant la vérification de la sauvegarde&#xa0;; rien n&apos;a été restauré. Réessayez.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Saisissez l&apos;adresse de la base de données partagée, p. ex. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>L&apos;adresse de la base de données dépasse {n} caractères.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>L&apos;adresse d&apos;une base de données partagée commence par postgresql:// (p. ex. postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>Ce n&apos;est pas une adresse de base de données&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>L&apos;adresse ne nomme aucune base de données&#xa0;: ajoutez-la après le serveur, p. ex. postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>La base de données partagée doit être mise à niveau pour cette version de Badgesmith&#xa0;; votre administrateur s&apos;en charge en s&apos;y connectant une fois avec cette version.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>Votre compte de base de données {user} n&apos;a aucun rôle dans Badgesmith&#xa0;: demandez à votre administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être un identifiant&#xa0;: utilisez des lettres minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», 63 caractères au maximum, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>«&#xa0;{name}&#xa0;» est réservé par la base de données&#xa0;; choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Donnez à la nouvelle personne un mot de passe d&apos;au moins {n} caractères.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Il existe déjà un compte de base de données nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>Les tables de la base de données ne sont pas celles de cette version de Badgesmith ({tables})&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Une ligne de la table {table} ne peut pas être stockée dans la base de données cible ({reason})&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>D&apos;autres personnes travaillent en ce moment dans l&apos;espace de travail partagé&#xa0;; rien n&apos;a été modifié. Réessayez quand elles auront fermé Badgesmith ou terminé ce qu&apos;elles font.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Seul le compte de base de données propriétaire des tables de l&apos;espace de travail partagé ({owner}) peut y copier un espace de travail entier&#xa0;: le journal d&apos;audit qu&apos;il apporte a été écrit au nom d&apos;autres personnes. Connectez-vous en tant que {owner} et réessayez.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>Les lignes copiées enfreignent les règles de la base de données ({reason})&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>Les clés et index de la base de données n&apos;ont pas pu être reconstruits à l&apos;identique&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} contient un espace de travail de cet ordinateur&#xa0;; choisissez un autre dossier pour les fichiers de l&apos;espace partagé (ou copiez celui-ci dans la base de données partagée avec migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>La base de données partagée {where} n&apos;a pas pu être configurée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>La base de données partagée {where} n&apos;a pas accepté le nom et le mot de passe. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>Votre compte n&apos;est plus autorisé à se connecter à la base de données partagée {where}&#xa0;; adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>La base de données indiquée dans {where} n&apos;existe pas&#xa0;; demandez la bonne adresse à votre administrateur.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>Impossible de joindre la base de données partagée {where}&#xa0;: {reason}.</translation>
    </message>
</context>
</TS>
