<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Asistencia (todos los criterios obligatorios completados)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Puntuación (total igual o superior a la puntuación mínima)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Rúbrica (cada criterio obligatorio en su nivel)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}” no es un número.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Cómo se obtiene el logro (Markdown: **negrita**, *cursiva*, - listas)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>para logros basados en puntuación</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>separadas por comas, p. ej., primeros auxilios, prevención de riesgos</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>p. ej., PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>p. ej., es, es-MX</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>p. ej., 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>No caduca</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Cómo se obtiene</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Criterios (descripción)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Regla de aptitud</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Alineaciones (marcos y estándares con los que se corresponde)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Etiqueta de versión</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Plantilla de certificado</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mes</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Puntuación mínima: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>Créditos: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Certificado de aprendizaje</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Título de técnico superior</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Actividad extracurricular</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Título universitario</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Prácticas de campo</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Equivalencia de secundaria (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Certificado de oficial</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Programa formativo</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Doctorado profesional</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Credencial de garantía de calidad</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Certificado de maestro artesano</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Doctorado de investigación</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Título de bachillerato</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (itinerario) (archivado)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (itinerario)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Nuevo logro</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Aún no hay logros. Con “Nuevo logro” se define lo que se certifica.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Ocultar un logro que ya no se otorga: sus grupos y credenciales se conservan y se verifican como antes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>El nuevo logro</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}: %n emitida</numerusform>
            <numerusform>v{number}: %n emitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>Credenciales emitidas por versión — {versions}. Al guardar los cambios se crea una versión nueva; las credenciales ya emitidas conservan la anterior.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Credenciales emitidas por versión — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Archivar logro</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>Se archivó {name}.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Deshecho: se recuperó el logro {name}.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>Se recuperó {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} y {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>¿Archivar {name}? Sale de la lista de logros y ya no se puede elegir para grupos nuevos. Se puede recuperar con “Mostrar archivados”.</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>¿Archivar {name}? Sale de la lista de logros y ya no se puede elegir para grupos nuevos. Sus {kept} se conservan y se verifican como antes. Se puede recuperar con “Mostrar archivados”.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>Al guardar se crea una nueva versión de este logro. El aval de {endorsers} se refiere a la versión tal como está ahora, así que las credenciales que emita a partir de ahora no lo llevarán. Pida al avalista que avale la nueva versión.

¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Guardar logro</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Añadir alineación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>No se puede crear el espacio de trabajo de demostración</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Puntuación {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Nivel: {levels} (requerido: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Nivel: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Escribir sí / apto / aprobado / presente, o no / no apto / suspenso / ausente</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>No inscrito.</translation>
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
            <numerusform>{learner}: “{text}” no se guardó — {reason} (%n valor en rojo sin guardar)</numerusform>
            <numerusform>{learner}: “{text}” no se guardó — {reason} (%n valores en rojo sin guardar)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: “{text}” no se guardó — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>evidencia de {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} de {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ apto</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Apto para la credencial.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Sin guardar: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (opcional)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Aptitud</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Enlace de evidencia</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Hacer ahora una copia de seguridad de la clave de firma</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Si se pierde este equipo, una copia de seguridad de la clave es la única forma de seguir emitiendo credenciales que se verifiquen como propias.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>El archivo de copia de seguridad está cifrado con la frase de contraseña. Conviene guardarlo fuera de este equipo: en una memoria USB en un cajón o en el almacenamiento seguro de la organización. Cualquiera que tenga el archivo y la frase de contraseña puede firmar en su nombre.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Copia de seguridad de la clave de firma…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Guardar la copia de seguridad de la clave</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-copia-clave.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Copia de seguridad de la clave (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Guardada en {file}. Conviene guardarla en un lugar seguro, lejos de este equipo.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Cambiar la frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Todas las claves (la actual y las retiradas) se vuelven a cifrar. Las copias de seguridad anteriores conservan la frase de contraseña antigua.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Repetirla</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden: hay que escribir la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>¿Dónde se va a trabajar?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith guarda sus datos en este equipo o en un servidor de bases de datos que comparten varias personas.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Una base de datos compartida (centro)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Para un formador o unas pocas personas que comparten un equipo: todo se guarda en una carpeta y, a continuación, se indica quién otorga las credenciales.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Para varios docentes, cada uno en su propio equipo, con un registro común: se inicia sesión en el servidor de bases de datos del centro. La primera persona que se conecta a una base de datos nueva la configura.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>p. ej., Primeros auxilios — mayo 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Logro *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Primero hay que definir un logro (página Logros): cada grupo trabaja para obtener uno.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Elegir el logro que persigue este grupo.</translation>
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
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Inscribir participantes…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importar resultados…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Registrar los resultados de este grupo desde un archivo CSV o Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Guardar los resultados de este grupo como archivo CSV (se puede abrir sin riesgo en una hoja de cálculo)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Eliminar un grupo que no ha emitido ninguna credencial (se puede deshacer hasta cerrar Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Quitar del grupo…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Sacar de este grupo al participante seleccionado, junto con sus resultados en él (se puede deshacer hasta cerrar Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Aún no hay grupos. Un grupo es una edición de un curso o evento: primero se crea, luego se inscriben participantes y se registran sus resultados.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Tabla de evaluación: participantes por criterio</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Escribir un valor y pulsar Tab (siguiente criterio) o Intro (siguiente participante); cada celda se guarda al escribir. Al pasar el ratón por el encabezado de una columna se ve qué admite. Ctrl+Z deshace, Ctrl+Mayús+Z rehace.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Eliminar este grupo (se puede deshacer hasta cerrar Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>Este grupo ha emitido credenciales, que deben poder vincularse a él: no se puede eliminar. Para dejar de ofrecerlo, archivar su logro.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Logro: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Docente: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>Lo que hizo el participante, p. ej., Tranquilo y metódico en el caso práctico de RCP</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… enlace a una foto, un vídeo o un documento (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Evidencia de {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n de {total} apto</numerusform>
            <numerusform>%n de {total} aptos</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>Aún no hay participantes inscritos: usar “Inscribir participantes…”.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} resultados.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Resultados de {cohort} guardados en {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>¿Eliminar el grupo {cohort}, con su %n inscripción y sus resultados? Los participantes se conservan. Se puede deshacer hasta cerrar Badgesmith.</numerusform>
            <numerusform>¿Eliminar el grupo {cohort}, con sus %n inscripciones y sus resultados? Los participantes se conservan. Se puede deshacer hasta cerrar Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Se eliminó el grupo {cohort}.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Deshecho: se restauró el grupo {cohort}.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Primero hay que seleccionar un participante en la tabla.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>¿Quitar a {learner} de {cohort}, con sus resultados y evidencias en ese grupo? Sigue en la lista de participantes. Se puede deshacer hasta cerrar Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>Se quitó a {learner} del grupo {cohort}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Deshecho: {learner} vuelve al grupo {cohort}.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Nadie ha configurado todavía la base de datos compartida {where}, y para configurarla hace falta el rol de administrador. Hay que consultar al administrador.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectar a una base de datos compartida</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Varias personas trabajan sobre un registro común: cada una inicia sesión con su propio nombre y su rol determina lo que puede hacer.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>p. ej., db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>p. ej., badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>nombre de usuario, p. ej., anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Carpeta para archivos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>Estos datos los facilita el administrador. Badgesmith nunca guarda la contraseña: la pide cada vez que se vuelve a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Archivos en este equipo</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>Los datos (participantes, resultados, credenciales) se guardan en la base de datos; los certificados y los borradores de correo se escriben en esta carpeta.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Carpeta para los archivos del espacio de trabajo compartido</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Escribir para buscar un país</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — requiere revisión</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID de credencial</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Buscar por nombre, correo electrónico o ID de credencial…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Caducan en %n día</numerusform>
            <numerusform>Caducan en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Emitidas entre</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Credenciales emitidas</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>No hay archivo de certificado para esta credencial.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>El certificado tal como se emitió. Al desbloquear la clave de firma se ve como lo generaría ahora Reexportar.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>La credencial tal como se firmó (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>Credencial (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Mantener tras revisar</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>Credencial marcada revisada y mantenida tal cual: la marca desaparece y el registro de auditoría anota la decisión</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>Reexportar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>Imprimir los certificados seleccionados (Ctrl+clic para seleccionar varios); los revocados nunca se imprimen</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Publicar sitio…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Escribir la página de verificación, las listas de estado y el perfil del emisor en la carpeta de publicación (Configuración ▸ Publicación), para subirlos tras una revocación.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Todos los logros</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Aún no se ha emitido ninguna credencial: se emiten en la página Emitir.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} mostradas de {total} emitidas</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Seleccionar una credencial para verla.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} el {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Estado: {status} · otorgada el {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>Requiere revisión: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>Los datos personales del participante se borraron: no se conserva ningún certificado. La credencial aún se puede verificar y revocar.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Cargando el certificado…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>No se conserva ningún archivo de certificado para esta credencial.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>El archivo del certificado ya no está donde se escribió; con Reexportar se crea una copia nueva.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>¿Mantener tal cual {achievement} de {learner}? Sigue siendo válida, la marca de revisión desaparece y el registro de auditoría anota la decisión. (Para retirarla, usar Revocar….)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>¿Reactivar la credencial de {learner} ({achievement})? Se revocó por este motivo: {reason}. Una vez reactivada, vuelve a verificarse como válida.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Reactivar credencial</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Para reactivar se necesita la frase de contraseña de la clave de firma.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>Reexportar a la carpeta</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Escritos: {first} y {second} en {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>Al reexportar se firma un nuevo código QR con la clave.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Falta subir los cambios al sitio web.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Nivel de rúbrica</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Superado / asistió</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
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
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Nivel requerido</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Niveles de rúbrica del criterio seleccionado (del más bajo al más alto)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Nivel {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Criterio “{name}”: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>El enlace de verificación de cada participante se firma con la clave.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Enviar por correo electrónico a cada participante su certificado (PDF), su credencial (JSON) y su insignia (PNG) desde la propia cuenta de correo, o guardar los mensajes como borradores para enviarlos desde el programa de correo. Nadie recibe dos veces la misma credencial; las credenciales revocadas nunca se envían.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Cuenta de correo…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mensaje…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Bandeja de salida: qué se ha enviado a quién</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>Copiar enlace de LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Abrir carpeta de paquetes</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Guardar borradores…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n emitida)</numerusform>
            <numerusform>{cohort}  (%n emitidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>Envío como {address} a través de {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Aún no hay cuenta de correo: se configura en “Cuenta de correo…”; también se pueden guardar borradores.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n credencial vigente</numerusform>
            <numerusform>%n credenciales vigentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n por enviar</numerusform>
            <numerusform>%n por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n fallida (se reenvía con el resto)</numerusform>
            <numerusform>%n fallidas (se reenvían con el resto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sin dirección de correo</numerusform>
            <numerusform>%n sin dirección de correo</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>Aún no hay credenciales vigentes en este grupo: primero hay que emitirlas.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Enviar a %n participante</numerusform>
            <numerusform>Enviar a %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Envío terminado</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envío detenido</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Error en el envío</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Enviando a {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Guardar paquetes y borradores en</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n de {total} participantes ya recibió el correo. ¿Escribir borradores también para ellos? (Enviar un borrador les haría llegar una segunda copia.)</numerusform>
            <numerusform>%n de {total} participantes ya recibieron el correo. ¿Escribir borradores también para ellos? (Enviar un borrador les haría llegar una segunda copia.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Para enviarlos, abrir cada archivo .eml en el programa de correo.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Borradores guardados</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Guardando paquetes y borradores…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>Enlace de LinkedIn de {learner} copiado:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>Enlace de LinkedIn</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>Elegir un archivo para verificar</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Soltar aquí un certificado o expediente en PDF, una credencial o un expediente de participante (.json) o una foto del código QR, o hacer clic para elegir un archivo</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Avalar un logro</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Otro centro ha enviado una solicitud de aval para uno de sus logros. El aval se firma con la clave y el nombre de emisor propios; el centro lo añade al logro, y las credenciales que emite lo incluyen.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Elegir solicitud…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Aún no se ha elegido ninguna solicitud.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>Comentario sobre el logro, p. ej., por qué lo valoran los miembros de la organización (opcional)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Firmar y guardar…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Elegir una solicitud de aval</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, otorgado por {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>El comentario tiene %n carácter; caben como máximo {limit}.</numerusform>
            <numerusform>El comentario tiene %n caracteres; caben como máximo {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>Para firmar un aval se necesita la frase de contraseña de la clave de firma.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - aval.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Guardar el aval firmado</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>Aval de {achievement} guardado en {file}. Hay que enviarlo a {provider}, junto con la tarjeta de emisor (Configuración ▸ Claves de firma ▸ Exportar tarjeta de emisor…) si aún no la tiene.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Para la versión {number} (anterior)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Avalista</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Avales</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Exportar solicitud de aval…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Un archivo con esta versión del logro, para que una empresa o una asociación profesional lo firme en su Badgesmith</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Añadir aval…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Primero hay que guardar el logro: un aval respalda el logro tal como está guardado.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Aún no hay avales. Hay que exportar una solicitud y enviarla a una empresa o a una asociación profesional, y después añadir el aval que firmen y devuelvan. Las credenciales emitidas a partir de entonces lo llevan.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Cada aval respalda una sola versión: tras un cambio que crea una versión nueva, hay que pedir un aval nuevo. Las credenciales ya emitidas conservan el suyo.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - solicitud de aval.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Exportar solicitud de aval</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>Se ha escrito {file}. Hay que enviarlo a la empresa o asociación profesional: lo firma en su Badgesmith (Archivo ▸ Avalar un logro…) y devuelve el aval para añadirlo aquí.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Añadir aval</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>Se ha añadido el aval de {endorser}. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>¿Quitar el aval de {endorser}? Las credenciales emitidas a partir de ahora ya no lo llevan; las ya emitidas lo conservan.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Quitar aval</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Inscribir participantes en {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Seleccionar participantes (Ctrl+clic o Mayús+clic para varios, Ctrl+A para todos los mostrados):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Inscribir seleccionados</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Hay que seleccionar al menos un participante.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Entiendo que los datos de {name} no se podrán recuperar</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Permiso denegado: {file}. Hay que elegir una carpeta con permiso de escritura.</translation>
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
        <translation>Un error interno detuvo la operación ({error}); no quedó nada a medio escribir. Los detalles están en el registro de {folder}; se agradece notificarlo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what} tiene cambios que no se pueden guardar: {reason} ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Mixta (en línea y presencial)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Con supervisión, sin verificación de la identidad</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Con supervisión y verificación de la identidad</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Acumulable</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>Microcredencial de la UE</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Uno por línea: lo que el participante sabe hacer al terminar</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Carga de trabajo teórica (horas)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Marco Europeo de Cualificaciones (MEC)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Nivel: marco</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>MEC o un marco nacional</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Nivel en el marco</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ej., 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No procede</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>El nivel no procede</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>p. ej., Prueba escrita y tarea práctica observada por un evaluador</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>p. ej., Doble corrección interna de los resultados; el curso se revisa cada año</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Acumulable para</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>una dirección web o una frase</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>Créditos ECTS: el campo Créditos de arriba</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>para</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>El participante, el título, la fecha de emisión y la entidad emisora se toman de cada credencial; el país de la entidad emisora, de Configuración ▸ Perfil del emisor.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Resultados de aprendizaje</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Modalidad de participación</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Tipo de garantía de calidad</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Opcionales:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Supervisión y verificación de la identidad</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— sin indicar —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Ocultar los elementos</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Mostrar los elementos</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>la credencial a la que contribuye</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln credencial caduca en {period}.</numerusform>
            <numerusform>%Ln credenciales caducan en {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Mostrarla</numerusform>
            <numerusform>Mostrarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Un archivo CSV o Excel (.xlsx) con un participante por fila. No se importa nada hasta confirmar en la última página.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Ruta de un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importar participantes</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Bienvenido a Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>No se pudo abrir ningún gestor de archivos. La carpeta es:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Guía de uso de Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>Falta la guía de uso en esta instalación: hay que reinstalar Badgesmith.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Elegir la imagen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Elegir fondo…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Sin fondo</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Elegir el fondo</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Elegir firma…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Elegir la firma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(sin vista previa)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n fila, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n filas, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n fila. {summary}.</numerusform>
            <numerusform>✓ {file}: %n filas. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Se importará</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Error</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicado en el archivo</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Ya está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Corregido a mano.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Importar resultados — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Un archivo CSV o Excel con una columna por criterio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Registrar resultados</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Cada fila identifica al participante por correo electrónico, número de estudiante o nombre; las columnas llevan el nombre de los criterios (y, opcionalmente, Evaluador, Fecha, Observaciones y Enlace). No se registra nada hasta confirmar.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Pulsar Intro para leer el archivo.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Todas las filas son correctas.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>Registrar %n resultado</numerusform>
            <numerusform>Registrar %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} No se registró nada.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Como el diseño del logro</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Ninguno (un solo idioma)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Participantes y si se les puede emitir una credencial</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Seleccionar un participante para ver la vista previa de su certificado.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Carpeta de los certificados</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Volver a emitir a quienes ya la tienen (renovación; conserva la fecha de otorgamiento)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renovar selección…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Volver a emitir solo a los participantes seleccionados (p. ej., tras una recuperación o para sustituir una credencial revocada); Ctrl+clic para elegir varios</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Imprimir el archivo de impresión del grupo: todos los certificados activos de la carpeta de salida (los revocados nunca se imprimen)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Idioma del certificado</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Vista previa (sin firmar; el certificado emitido lleva el código QR de la clave):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Emitir credenciales</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n participante)</numerusform>
            <numerusform>{cohort}  (%n participantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (itinerario: elegirlo para ver quién lo ha completado)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Aún no hay grupos: se crean en la página Grupos y evaluación.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Aún no hay nada que previsualizar.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>No hay participantes inscritos en este grupo.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. Se puede emitir igualmente: las credenciales omitirán entonces estos elementos. Se pueden añadir en la página Logros.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n por emitir</numerusform>
            <numerusform>%n por emitir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n ya emitida</numerusform>
            <numerusform>%n ya emitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n no apto</numerusform>
            <numerusform>%n no aptos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n revocada (no se renueva con el resto)</numerusform>
            <numerusform>%n revocadas (no se renuevan con el resto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Emitir %n credencial</numerusform>
            <numerusform>Emitir %n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renovar %n seleccionado…</numerusform>
            <numerusform>Renovar %n seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>Al emitir, cada credencial se firma con la clave.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>La credencial {credential} de {learner} está revocada. Al renovar se emite una credencial nueva y válida; la revocada sigue revocada y así la siguen viendo quienes la verifiquen. ¿Renovarla?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>¿Emitir una credencial nueva a {learner}? Sustituye a {credential}, que desde entonces se verifica como sustituida por una credencial más reciente; se conserva la fecha de otorgamiento y los archivos antiguos pasan a la carpeta “replaced” de la carpeta de salida.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>¿Emitir credenciales nuevas a %n participante: {names}? Cada una sustituye a la credencial del participante, que desde entonces se verifica como sustituida por una más reciente; se conservan las fechas de otorgamiento y los archivos antiguos pasan a la carpeta “replaced” de la carpeta de salida.</numerusform>
            <numerusform>¿Emitir credenciales nuevas a %n participantes: {names}? Cada una sustituye a la credencial del participante, que desde entonces se verifica como sustituida por una más reciente; se conservan las fechas de otorgamiento y los archivos antiguos pasan a la carpeta “replaced” de la carpeta de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Revocadas: {names}. Cada uno recibe una credencial nueva y válida; la revocada sigue revocada y así la siguen viendo quienes la verifiquen.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Excluidos: {names} (aún sin emitir, no aptos o con un nombre que no se puede imprimir).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renovar credencial</numerusform>
            <numerusform>Renovar credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Error al emitir</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Ya se está emitiendo</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Emitiendo credenciales para {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Emitida — requiere revisión</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Ya emitida</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No apto</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Nombre no imprimible</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Lista para emitir</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>La renovación la omite: seleccionar al participante y usar Renovar selección.</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Se revocó una credencial de la que depende: mantenerla o revocarla en la página Credenciales.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Emisión terminada</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Emisión detenida</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Emitidas: {issued} · omitidas: {skipped} · con error: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Cancelado: las credenciales contadas como emitidas están completas. Para terminar el resto, volver a emitir; nadie recibe un duplicado.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>PDF listo para imprimir: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n certificado revocado excluido del archivo de impresión.</numerusform>
            <numerusform>%n certificados revocados excluidos del archivo de impresión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>generado con un diseño o una versión anterior</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>revocado, no está en el archivo de impresión</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>p. ej., 1337 (opcional)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>p. ej., Andalucía, Baviera (opcional)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>Las credenciales indican el país (y la región) desde el que se otorgan: una microcredencial de la UE lo exige.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>Los certificados, los mensajes a los participantes y la página de verificación están en este idioma, salvo que un logro o un grupo elija otro.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>Dónde se comprueban los certificados en línea (la página de verificación, la lista de estado, el dominio propio) se configura en la pestaña Publicación.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>ID de organización de LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>El número que aparece en la dirección de administración de la página de empresa en LinkedIn: así, los enlaces &quot;Añadir al perfil&quot; de los participantes muestran la organización con su logotipo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>El perfil del emisor</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>Perfil del emisor guardado. Las credenciales que se emitan a partir de ahora lo incluyen.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Proteger la clave de firma</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmith crea una clave de firma nueva y la guarda cifrada con esta frase de contraseña, que se pedirá al emitir o revocar credenciales.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Repetirla</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Al menos %Ln carácter; una frase corta es fácil de recordar y difícil de adivinar. Nadie puede recuperarla si se olvida.</numerusform>
            <numerusform>Al menos %Ln caracteres; una frase corta es fácil de recordar y difícil de adivinar. Nadie puede recuperarla si se olvida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>La frase de contraseña debe tener al menos %Ln carácter.</numerusform>
            <numerusform>La frase de contraseña debe tener al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden: hay que escribir la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Actual (firma las credenciales nuevas)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Retirada (aún válida para verificar)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificador (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>La clave de firma demuestra la autoría de las credenciales. Las claves retiradas se conservan para que las credenciales firmadas con ellas se sigan verificando.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Copia de seguridad de la clave…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Exportar tarjeta de emisor…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Rotar clave…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Copia de seguridad de la clave de firma</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>El archivo de copia de seguridad contiene la clave de firma, cifrada con la frase de contraseña.

Cualquiera que tenga este archivo Y la frase de contraseña puede emitir credenciales en su nombre. Conviene guardarlo lejos de este equipo (una memoria USB en un cajón, el almacenamiento seguro de la organización), nunca junto a la frase de contraseña, y no enviarlo nunca por correo electrónico.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Guardar la copia de seguridad de la clave</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Copia de seguridad de la clave (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Copia de seguridad de la clave guardada en {path}. Conviene guardarla en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Guardar la tarjeta de emisor</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Tarjeta de emisor (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Tarjeta de emisor guardada en {path}. Se puede compartir con quien deba confiar en las credenciales; no contiene ningún secreto.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>Frase de contraseña cambiada. Conviene hacer una nueva copia de seguridad de la clave: las anteriores siguen necesitando la frase antigua.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Rotar la clave de firma</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>¿Crear una clave de firma nueva y retirar la actual? Las credenciales ya emitidas se siguen verificando. Después hay que volver a publicar la página de verificación y la tarjeta de emisor.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>Se está usando una clave de firma nueva. Conviene hacer ya una copia de seguridad (Copia de seguridad de la clave…).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Idioma de Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>Badgesmith se abrirá en este idioma la próxima vez. badgesmith --lang CODE o la variable {variable} eligen otro para un solo inicio.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Guardado: {language}, a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N.º de estudiante</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N.º de estudiante</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Filtrar por nombre, correo electrónico o n.º de estudiante…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Ordenar por apellido</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Apellido: la última palabra del nombre</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Añadir participante…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Eliminar un participante añadido por error (no uno que tenga credenciales; se puede deshacer hasta cerrar Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>El derecho de supresión: los datos del participante se borran para siempre; sus credenciales se pueden seguir verificando y revocando</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Expediente…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Guardar firmado el expediente completo del participante seleccionado: un expediente en PDF (con un código QR y el expediente incluido) o el archivo CLR 2.0 que leen las carteras digitales y las empresas</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Credencial externa…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Añadir una credencial que el participante seleccionado obtuvo de un emisor de confianza (su JSON o su certificado en PDF). Primero se verifica, y cuenta para los itinerarios propios que incluyen su logro</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Guardar todos los participantes en un archivo CSV, en el formato de la hoja de cálculo (se puede abrir sin riesgo)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importar desde archivo…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Aún no hay participantes: se pueden añadir uno a uno o importar una hoja de cálculo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>¿Eliminar a {name}, con sus inscripciones y resultados? Se puede deshacer hasta cerrar Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>Se eliminó a {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Deshecho: se restauró a {learner}.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>participantes.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>Participantes guardados en {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Primero hay que seleccionar un participante: su expediente reúne todas las credenciales vigentes que ha obtenido.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Expediente en PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Expediente CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - expediente.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Guardar el expediente de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>El expediente de {name} se guardó en {file}. Contiene datos personales: nadie más puede leer el archivo hasta que se comparta.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>Los expedientes se firman: se necesita la frase de contraseña de la clave de firma.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Primero hay que seleccionar al participante que obtuvo la credencial.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Añadir una credencial externa obtenida por {name}</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Credenciales (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>{achievement} de {issuer} añadido al expediente de {name}: cuenta para los itinerarios propios que lo incluyen.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Ninguna (solo dentro de una red de confianza)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>Cuenta de correo para enviar</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ej., smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>la dirección que ven los participantes y a la que pueden responder</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmith envía a través de la propia cuenta de correo, y solo al pulsar Enviar. La contraseña se guarda cifrada con la frase de contraseña de la clave de firma.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Servidor *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Dirección del remitente *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Enviar un mensaje de prueba…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>guardada (dejar en blanco para conservarla)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>La contraseña se guarda cifrada con la frase de contraseña de la clave.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Enviar un mensaje de prueba a:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>El servidor aceptó el mensaje de prueba:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>La contraseña de correo guardada está cifrada con la frase de contraseña de la clave.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Conectar a una base de datos com&amp;partida…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>&amp;Copia de seguridad del espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>Res&amp;taurar espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>A&amp;valar un logro…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>&amp;Desbloquear clave de firma…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>B&amp;loquear clave de firma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;Guía de uso de Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>&amp;Acerca de Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>Acerca de Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Credenciales Open Badges 3.0 firmadas con certificados en papel verificables, sin conexión.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Base de datos compartida {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Datos: {address}
Archivos: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Espacio de trabajo: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Clave de firma: desbloqueada en esta sesión</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Clave de firma: bloqueada</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Elegir una carpeta vacía para el nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} no está vacía: hay que elegir o crear una carpeta vacía.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Abrir una carpeta de espacio de trabajo</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>No hay ningún espacio de trabajo de Badgesmith en {folder}.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Todavía hay una tarea en curso. ¿Detenerla y abrir el otro espacio de trabajo? Lo ya terminado se conserva.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-copia-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Copia de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Copia de seguridad (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Copia de seguridad guardada en {file}, firmada con la clave.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>La copia de seguridad se firma con la clave, para que al restaurarla se sepa que es propia.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Restaurar el espacio de trabajo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Restaurar espacio de trabajo</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>¿Sustituir todo el contenido de {folder} por la copia de seguridad {file}?

{details}

Los datos actuales se conservan en la carpeta de copias de seguridad del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Todavía hay una tarea en curso. ¿Detenerla y restaurar la copia de seguridad? Lo ya terminado se conserva.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Todavía hay una tarea en curso. ¿Salir de todos modos? Lo ya terminado se conserva.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmith lo ha deducido de los encabezados de las columnas; se puede corregir si hace falta. Una columna de nombre completo prevalece sobre las de nombre y apellidos.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — columna {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sin encabezado)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Mensaje a los participantes</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Elegir un idioma…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Partir del mensaje en</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Usar este mensaje solo para “{achievement}”</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Marcadores: {placeholders}. Se omite toda línea cuyos marcadores estén todos vacíos.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>Lo que recibiría el primer participante</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Para ver una vista previa, hay que emitir una credencial en este grupo.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(No hay vista previa mientras el mensaje tenga el error indicado a la izquierda.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>Para: {name} &lt;{address}&gt;
Asunto: {subject}

{body}

Adjuntos: el certificado (PDF), la credencial (JSON), la insignia (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Reemplazar el mensaje</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>El mensaje predefinido en {language} reemplaza el asunto y el texto que ha escrito. ¿Reemplazarlos?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Aún sin enviar</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrumpido durante el envío</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Enviado</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Error</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— sin dirección —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Respuesta del servidor</translation>
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
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Guardar estos gráficos y sus cifras en PDF, para una revisión de calidad o una entidad acreditadora</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Aún no hay nada que mostrar. Cuando se haya impartido un grupo o se hayan emitido credenciales, esta página mostrará cuántas se emitieron cada mes, el porcentaje de aptos de cada grupo, los criterios que los participantes no superaron y qué credenciales caducan pronto.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Credenciales emitidas por mes</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Porcentaje de aptos por grupo</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Criterios no superados por los participantes</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Credenciales por renovar</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renovar selección…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Emitir a los participantes seleccionados credenciales nuevas que sustituyan a las que caducan (Ctrl+clic para elegir varias)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count} de {total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} días</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n credencial emitida en este periodo.</numerusform>
            <numerusform>%n credenciales emitidas en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>No se emitió ninguna credencial en este periodo.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>{total} emitidas de {first} a {last}: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Participantes que cumplen los requisitos del logro, sobre el total de inscritos.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>En este periodo no hubo ningún grupo con participantes.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: {eligible} de {learners} aptos ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>De los participantes evaluados en un criterio, proporción de los que no lo superaron.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>No se registraron resultados en este periodo.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}: {not_met} de {assessed} no lo superaron ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Credenciales que caducan en el próximo %n día</numerusform>
            <numerusform>Credenciales que caducan en los próximos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n credencial caduca pronto: se puede seleccionar y renovar.</numerusform>
            <numerusform>%n credenciales caducan pronto: se pueden seleccionar y renovar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Ninguna credencial caduca en el próximo %n día.</numerusform>
            <numerusform>Ninguna credencial caduca en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>dentro de {first} a {last} días: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>informe general {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>El informe general se guardó en {file}. Contiene nombres de participantes: nadie más puede leer el archivo hasta que se comparta.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renovar %n seleccionada…</numerusform>
            <numerusform>Renovar %n seleccionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>¿Renovar %n credencial? Si el participante sigue cumpliendo los requisitos, recibe una credencial nueva que sustituye a la que caduca: se conserva la fecha de otorgamiento y los archivos antiguos pasan a la carpeta “replaced” que hay junto a ellos.</numerusform>
            <numerusform>¿Renovar %n credenciales? Cada participante que siga cumpliendo los requisitos recibe una credencial nueva que sustituye a la que caduca: se conserva la fecha de otorgamiento y los archivos antiguos pasan a la carpeta “replaced” que hay junto a ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Se guardarán en: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Excluidas: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renovar credencial</numerusform>
            <numerusform>Renovar credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>Al renovar, cada credencial nueva se firma con la clave de firma.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Renovando credenciales…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Grupos y evaluación</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Todos</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Al menos {needed} de {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ obtenido el {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>cumplido</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Diagrama de requisitos del itinerario</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>Este logro es un itinerario (se obtiene al reunir otros logros)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Editar requisitos…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Buscar participantes por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Progreso del participante</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Progreso del participante…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>logro {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Ningún participante: solo requisitos</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: cumplido el {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: todavía no — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>No se puede mostrar este PDF.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>no (dado de baja)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Todas las personas que inician sesión en esta base de datos compartida y lo que su rol les permite hacer. La propia base de datos hace cumplir los roles.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} ya puede iniciar sesión como {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>¿Dar de baja a {name}? Ya no podrá iniciar sesión; el registro de auditoría conserva a su nombre lo que hizo.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Dar de baja a una persona</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Primero hay que elegir una persona de la lista.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>p. ej., anna o a.garcia</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>La contraseña se comunica en persona; con ella se inicia sesión en el propio equipo. Badgesmith no la guarda.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Un docente registra participantes y resultados; un emisor, además, emite y revoca credenciales y edita logros; un administrador, además, gestiona personas, claves y configuración.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden: hay que escribir la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Cada línea del archivo y lo que ocurrirá con ella. Para corregir una fila retenida, hacer doble clic en su nombre, correo electrónico o número de estudiante (o seleccionarla y pulsar F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Importar %n participante</numerusform>
            <numerusform>Importar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Todavía no se puede importar ninguna fila de este archivo: los motivos están arriba; las filas se pueden corregir aquí o en el archivo.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} no se puede leer como PDF; no se imprimió nada.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>La impresora {printer} no aceptó el trabajo; conviene revisarla y volver a imprimir.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>La impresora dejó de aceptar páginas; conviene revisarla y volver a imprimir.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>%n página enviada a {printer}.</numerusform>
            <numerusform>%n páginas enviadas a {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Cancelado: se envió %n de {total} páginas a {printer}.</numerusform>
            <numerusform>Cancelado: se enviaron %n de {total} páginas a {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Sin imprimir:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Imprimiendo {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>¿Quién otorga las credenciales?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Aparece impreso en cada certificado y escrito en cada credencial.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>p. ej., Centro de Formación Norte</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>Cancelando… terminando el elemento en curso.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} de {total}: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>Los nombres, logros y resultados de los participantes pasan a ser públicos en estas direcciones para cualquiera que las encuentre. Las credenciales revocadas se retiran en la siguiente publicación.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>¿En qué carpeta publicar?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>Al publicar, la lista de estado se firma con la clave.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>Publicar escribe una carpeta para el sitio web: la página de verificación, el perfil del emisor, la lista de estado que hace visibles las revocaciones y, si se usa un dominio propio, did.json. La carpeta se puede subir a cualquier alojamiento web; el archivo README.txt que contiene indica dónde va cada archivo.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org o usuario.github.io:insignias (opcional)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>Publicar el JSON de cada credencial (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Página de verificación</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>El código QR de cada certificado abre esta página; el código del certificado va en el #fragmento del enlace, que nunca llega al servidor.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de estado</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Debe ir en la misma carpeta que la página (por ejemplo, status/1 junto a verify.html): así la página muestra si un certificado se ha revocado.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Dominio propio (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Dejar en blanco si no se tiene dominio: así, quienes verifican identifican la clave por su huella digital (did:key). Con un dominio propio, las credenciales lo indican como emisor y did.json se sube a él; las claves nuevas se añaden y las antiguas se conservan, de modo que las credenciales anteriores se siguen verificando.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} Así LinkedIn y las carteras digitales disponen de una dirección estable para cada credencial.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Publicar en</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Guardado. Las credenciales que se emitan a partir de ahora incluyen estas direcciones.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Publicar credenciales</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

¿Publicarlas?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>La configuración de publicación</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(datos personales borrados)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Requisitos del itinerario</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Todos estos</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Al menos N de estos</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>El bloque seleccionado requiere</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N, cuántos requiere el bloque</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>El bloque seleccionado requiere:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Logro que añadir</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Añadir logro</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Un bloque anidado, p. ej., “al menos 2 de” dentro de “todos”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Quitar el logro o bloque seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>Los participantes obtienen este logro al reunir los logros siguientes. Al seleccionar un bloque se puede cambiar lo que requiere o añadirle elementos.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>logro {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Al menos {needed} de este %n</numerusform>
            <numerusform>Al menos {needed} de estos %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} ya está en este bloque.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Revocar credencial</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>¿Revocar la credencial de {learner}? Se puede reactivar más adelante.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Motivo, p. ej., Emitida por error: grupo equivocado</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>Para revocar se necesita la frase de contraseña de la clave de firma.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Diseño del certificado</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Perfil del emisor</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Conectar a la base de datos compartida</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Cada persona inicia sesión con su propio nombre; su rol determina lo que puede hacer.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Iniciar sesión en la base de datos compartida</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>La base de datos compartida {where} pide el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Color de realce</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Letra pequeña</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Antes del nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Antes del logro</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Después del logro</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Etiqueta de fecha de emisión</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Etiqueta de caducidad</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>Arriba, centrado</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>El idioma del emisor</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Ninguno (un solo idioma)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>Imprimir la página de microcredencial de la UE</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Si el logro tiene elementos de microcredencial de la UE, sus certificados los enumeran en una segunda página.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logotipo y fondo</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Logotipo del emisor</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Firmantes (nombre, cargo e imagen de la firma; hasta tres)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Cargo, p. ej., Directora del curso</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Guardar diseño</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Restablecer plantilla</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Segundo idioma (bilingüe)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>La vista previa aparece aquí.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>este logro</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>El diseño del certificado de “{name}”</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Primero hay que crear un logro: aquí se edita el diseño de su certificado.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Cambiar la plantilla</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Otra plantilla sustituye los colores, textos y firmantes modificados y aún no guardados. ¿Descartar esos cambios?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Guardado: los certificados que se emitan a partir de ahora usan este diseño.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificador (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Las credenciales firmadas por estos emisores se verifican como de confianza. Para añadir uno, importar la tarjeta de emisor que haya facilitado (y comprobar con él su huella digital).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Aún no hay emisores de confianza.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Importar tarjeta de emisor…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Importar una tarjeta de emisor</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Tarjeta de emisor (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} es ahora un emisor de confianza (huella digital de la clave {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>¿Dejar de confiar en {name}?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Quitar emisor de confianza</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Restaurar lo que se quitó (Ctrl+Z)</translation>
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
        <translation>Desbloquear la clave de firma</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>Para firmar se necesita la frase de contraseña de la clave. Se conserva en memoria hasta cerrar Badgesmith o bloquear la clave.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Certificados y credenciales (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Pegar el texto de un código QR</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…o pegar aquí el texto de un código QR escaneado (o un enlace de verificación)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Verificar texto</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Volver a comprobar el mismo archivo o texto con lo que este espacio de trabajo sabe ahora</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Verificar una credencial</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Comprueba la firma, la clave del emisor (propia, de confianza o desconocida), las fechas, la revocación según la conoce este espacio de trabajo y que el código QR corresponda a la credencial. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Aún no se ha comprobado ninguna credencial.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Verificar un archivo</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Comprobado a las {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Conviene compararlo con el papel o la página que se tiene delante.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Un logro sin nombre</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin ID</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>No es de este participante</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>La %n credencial del expediente, verificada por separado</numerusform>
            <numerusform>Las %n credenciales del expediente, cada una verificada por separado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>¿Dónde se podrán comprobar los certificados?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>El código QR de un certificado puede abrir una página del sitio web propio que lo comprueba y muestra si se ha revocado.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>Badgesmith genera esa página y la lista de certificados revocados; después se suben al sitio web (Configuración ▸ Publicación ▸ Publicar).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Todavía no tengo sitio web</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Pondré la página en mi sitio web</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>En ese caso, un teléfono que escanee un certificado muestra su código como texto (la página Verificar de Badgesmith sigue comprobándolo) y las revocaciones se quedan en este equipo. Las direcciones se pueden añadir más adelante en Configuración ▸ Publicación; los certificados conservan lo configurado en el momento de su emisión.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org o usuario.github.io:insignias  (opcional)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Página de verificación</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de estado</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>La lista de estado es la lista de certificados revocados; debe estar junto a la página.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Dominio propio</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Solo si el dominio es propio y se pueden subir archivos a él: las credenciales lo indican entonces como emisor (did:web). Sin él, la clave se identifica por su huella digital (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Escribir la dirección que tendrá la página de verificación o elegir “Todavía no tengo sitio web”.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Ubicación del espacio de trabajo</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Los logros, participantes, resultados y credenciales emitidas se guardan en una sola carpeta.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Para hacer una copia de seguridad: Archivo ▸ Copia de seguridad del espacio de trabajo…; la copia incluye la clave cifrada.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Ubicación de los archivos</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>Los datos se guardan en la base de datos compartida; los certificados y los borradores de correo se escriben en esta carpeta de este equipo.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Creando la clave de firma…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>La credencial no está firmada (no tiene prueba).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>La prueba de la credencial está mal formada.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>La credencial debe llevar exactamente una DataIntegrityProof con el conjunto criptográfico eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>La prueba no indica ningún método de verificación.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>El propósito de la prueba no es assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>No se puede usar la clave de firma: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>El valor de firma de la prueba está mal formado.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>El @context de la prueba no coincide con el de la credencial.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>No se puede procesar la credencial: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>La firma no coincide: la credencial se ha alterado o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La firma es válida.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Verificada: el expediente y cada una de sus {count} credenciales son auténticos, vigentes y de un emisor de confianza.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Verificado: el aval es auténtico, vigente y está firmado con una clave de confianza.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Verificada: la credencial es auténtica, vigente y de un emisor de confianza; si ese emisor la ha revocado después solo puede comprobarse con él.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Verificada: la credencial es auténtica, vigente y de un emisor de confianza.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>la credencial no ha superado una comprobación.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Firmada con una clave desconocida {fingerprint}: la firma está intacta, pero nadie de confianza avala a este emisor.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocada: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Caducada: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>No verificada: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Sustituida por una credencial más reciente: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>se volvió a emitir como {credential}; solo la credencial más reciente está vigente.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmada con la clave actual {fingerprint} de este espacio de trabajo. Una huella digital es un código corto calculado a partir de la clave pública (did:key): el mismo código facilitado por el emisor significa la misma clave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmada con la clave retirada {fingerprint} de este espacio de trabajo, que se conserva para verificar. Una huella digital es un código corto calculado a partir de la clave pública (did:key): el mismo código facilitado por el emisor significa la misma clave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmada con la clave {fingerprint} de un emisor importado como emisor de confianza. Una huella digital es un código corto calculado a partir de la clave pública (did:key): el mismo código facilitado por el emisor significa la misma clave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Firmada con una clave desconocida {fingerprint}. Una huella digital es un código corto calculado a partir de la clave pública (did:key): el mismo código facilitado por el emisor significa la misma clave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmada con la clave actual {fingerprint} de este espacio de trabajo. La credencial identifica a su emisor por el dominio web {domain} (did:web), cuyo documento DID incluye esta clave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmada con la clave retirada {fingerprint} de este espacio de trabajo, que se conserva para verificar. La credencial identifica a su emisor por el dominio web {domain} (did:web), cuyo documento DID incluye esta clave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmada con la clave {fingerprint} de un emisor importado como emisor de confianza. La credencial identifica a su emisor por el dominio web {domain} (did:web), cuyo documento DID incluye esta clave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Firmada con una clave desconocida {fingerprint}. La credencial identifica a su emisor por el dominio web {domain} (did:web), cuyo documento DID incluye esta clave.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>La credencial no tiene una fecha validFrom válida.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>La credencial no es válida hasta el {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Válida desde el {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>La credencial no caduca.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>La fecha validUntil de la credencial está mal formada.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>La credencial caducó el {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Válida hasta el {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>El archivo no contiene una credencial (un objeto JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>El JSON de la credencial muestra datos distintos ({fields}) de los que cubre su firma.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>Lo que muestra la credencial es lo que se firmó.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Sin una firma válida no se puede atribuir la clave de firma.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>No hay clave de firma que comparar con el emisor.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>El emisor indicado en la credencial posee la clave de firma.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>La credencial indica el emisor {issuer}, pero se firmó con otra clave ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>No se pueden leer las fechas de una credencial que no se puede procesar.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>El emisor revocó esta credencial el {day}: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>El emisor revocó esta credencial: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Un expediente no tiene estado propio: más abajo se comprueba la revocación de cada credencial que contiene.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Aquí no se puede saber si su emisor la ha revocado: solo lo dicen los registros del propio emisor (su lista de estado: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Aquí no se puede saber si su emisor la ha revocado: solo lo dicen los registros del propio emisor.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>No revocada: este espacio de trabajo la emitió y no la ha revocado.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Cumple el esquema JSON oficial de Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>No cumple el esquema de OB 3.0: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>No cumple el esquema de OB 3.0: {problem} (y {more} más).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>Tiene la estructura de un expediente CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>No tiene la estructura de un expediente: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>No tiene la estructura de un expediente: {problem} (y {more} más).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Avalado por {endorser} ({did}) el {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Avalado por {endorser} ({did}) el {day}, válido hasta el {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Avalado por {endorser} ({did}) el {day}: “{comment}”</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Avalado por {endorser} ({did}) el {day}, válido hasta el {until}: “{comment}”</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>El aval de {endorser} ({did}) caducó el {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Un aval en nombre de {endorser} ({did}) está firmado con una clave desconocida {fingerprint}: nadie de confianza lo respalda, así que no se muestra como aval. Para confiar en él, hay que importar la tarjeta de emisor del avalista.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Un aval no se verifica: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>La credencial lleva un aval de {endorser} ({did}), pero no se muestra como tal: la propia credencial no está verificada, y un aval respalda un logro, no a quien lo otorga.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>El aval no se muestra como tal: lo que lo contiene no está verificado.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>El aval es más grande de lo que puede ser un aval (como máximo {limit} caracteres de JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Un aval no puede llevar avales propios.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Los avales que lleva no se comprueban: la firma de la propia credencial no es válida.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>El logro lleva {count} avales; Badgesmith comprueba como máximo {limit}, así que la credencial no se verifica.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>la credencial lleva el aval {id} dos veces.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>no es un EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>no indica quién lo avala.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>avala {subject}, no el logro de esta credencial ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>lo firma el propio emisor de la credencial; un aval tiene que venir de otra persona o entidad.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>No se acepta un expediente dentro de otro expediente.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>No se puede leer el participante del expediente a partir de lo que cubre su firma, así que no se puede saber de quién es esta credencial.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>Se otorgó a {recipient}, no a {learner}, titular de este expediente.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>El expediente no contiene credenciales.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Cada una de las {count} credenciales del expediente se verifica por sí sola y se otorgó a su participante.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 credencial del expediente no se verifica: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Credenciales del expediente que no se verifican: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Credenciales del expediente que no se verifican: {count} — {credentials} (y {more} más)</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>necesita {count} más de: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>necesita {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>necesita {achievements} y {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Necesita {count} más de: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Necesita {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Necesita {achievements} y {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>Otra persona ha borrado este resultado mientras tanto; la tabla lo muestra ahora vacío.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Otra persona ha cambiado este resultado el {when}; la tabla muestra ahora su valor.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Este resultado se cambió el {when} con la misma cuenta, en otra ventana u otro programa; la tabla muestra ahora ese valor.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>{person} ha cambiado este resultado el {when}; la tabla muestra ahora su valor.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Otra persona ha cambiado esta evidencia el {when}; la tabla la muestra ahora.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>Otra persona ha quitado esta evidencia mientras tanto; la tabla ya no muestra ninguna.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>No hay puntuación registrada para {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: sin registrar.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: no superado.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: sin nivel registrado.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: {level} está por debajo del nivel exigido ({required}).</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>La puntuación {score} está por debajo de la puntuación mínima de {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>No inscrito.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>No se puede imprimir el nombre: ninguna fuente tiene {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>No apto: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Ya emitida.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Revocada: una credencial revocada solo se renueva si se indica el participante y se confirma la renovación.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>No hay dirección de la página de verificación: un teléfono que escanee el código QR solo verá un código, no una página que lo compruebe (Configuración ▸ Publicación).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>No hay dirección de la lista de estado: los certificados emitidos ahora no llevan entrada de revocación, así que revocar uno más adelante solo llega a este equipo y a la página de verificación que se publique (Configuración ▸ Publicación).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>La lista de estado está en un sitio web distinto del de la página de verificación: la página solo la lee desde su propio sitio, así que indicará que no pudo comprobar la revocación.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>La lista de estado está fuera de la carpeta de la página de verificación: README.txt indicará dónde subirla.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>La página Verificar de Badgesmith muestra la revocación al instante. Fuera de este equipo, se verá en cuanto vuelva a publicar el sitio (Publicar sitio…) y suba la lista de estado modificada: la página de verificación y otros verificadores leen esa lista.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>La página Verificar de Badgesmith muestra la revocación al instante. Este certificado se emitió sin una entrada en la lista de estado, así que otros verificadores no la verán; su página de verificación sí, en cuanto vuelva a publicarla y subirla: enumera los certificados revocados hasta ahora.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Emisor desconocido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigua</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Emisor (según la credencial)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de estado</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>Enlace del QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Avala</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, versión {number}, de este espacio de trabajo</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>El archivo es demasiado grande para comprobarlo con la memoria disponible.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Un error interno detuvo la comprobación de este archivo; se ha registrado. No se puede decir nada sobre la credencial.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} es más grande de lo que nunca es un certificado, una credencial o una foto.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>No es un PDF, ni una credencial (JSON), ni una imagen ni un texto de código QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Este archivo de credencial está guardado en UTF-16; las credenciales son JSON en UTF-8. Hay que guardarlo en UTF-8 y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>La credencial está rodeada de caracteres que JSON no admite (p. ej., espacios de no separación); hay que guardarla como JSON simple.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>No hay nada que verificar: pegar el texto de un código QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Este texto es mucho más largo de lo que cabe en un código QR; pegar el texto de un solo código QR o abrir el archivo de la credencial.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (según la credencial; la clave no es conocida)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>La credencial llama a su emisor {stated}, que se lee como el nombre de este espacio de trabajo, pero se firmó con la clave de confianza de {trusted}: no procede de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>La credencial llama a su emisor {stated}, pero esta clave se aceptó como de confianza con el nombre {trusted}. Si ha cambiado de nombre, hay que importar su nueva tarjeta de emisor.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Emitida por {issuer}, tal como se confió en esta clave.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>El aval indica como avalista a {stated}, pero está firmado con la clave de este espacio de trabajo, cuyo emisor es {current}: un aval solo se muestra con el nombre al que corresponde su clave.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>La credencial llama a su emisor {stated}; el emisor de este espacio de trabajo se llama ahora {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>El JSON no es una credencial.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un certificado auténtico muestra: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Un expediente auténtico muestra: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>entrada {index} de {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>La firma del código QR no coincide con su contenido: el certificado se ha alterado o no es auténtico.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Firmado con una clave desconocida {fingerprint}: no es un emisor de confianza de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (según el código QR; la clave no es conocida)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>El código QR está intacto y firmado con la clave actual de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>El código QR está intacto y firmado con una clave retirada de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>El código QR está intacto y firmado con la clave de un emisor de confianza.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>El código QR está intacto y firmado con una clave conocida.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Aquí no se puede saber si {issuer} la ha revocado: solo lo dicen sus propios registros.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Aquí no se puede saber si su emisor la ha revocado: solo lo dicen sus propios registros.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>El registro de este espacio de trabajo no tiene ninguna credencial con este ID: el código QR de un expediente en PDF es el del expediente. Abrir aquí el expediente en PDF para comprobar cada credencial que contiene.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Caducó el {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Caducada.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Válida hasta el {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Emitida por {issuer} a {recipient} por {achievement} el {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Emitida por {issuer} a {recipient} por {achievement} el {day}. Si la ha revocado después solo puede comprobarse con el emisor.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Emitida por {issuer} a {recipient} por {achievement} el {day}. Si sus credenciales se han revocado desde entonces se comprueba en el expediente en PDF.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>El código QR lleva a la página de verificación propia.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>El código QR envía los teléfonos a {address}, que no es la página de verificación propia ({page}): el código impreso se sustituyó, o la página cambió de dirección después de imprimir este certificado.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>El código QR envía los teléfonos a {address}, que no es la página de verificación propia (no hay ninguna configurada): el código impreso se sustituyó, o la página cambió de dirección después de imprimir este certificado.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>El código QR lleva al sitio propio de {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>El código QR envía los teléfonos a {address}; Badgesmith no puede saber si esa página pertenece a {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>La insignia contiene una credencial en un formato que Badgesmith no lee (solo se verifican credenciales JSON).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>La credencial se incrustó en esta imagen de insignia; la imagen en sí no está firmada, solo la credencial que contiene.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>No se encontró ningún código QR en la imagen; probar con una foto más nítida y recta.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>La imagen muestra {count} códigos QR distintos, así que no se puede saber cuál es el del certificado: fotografiar uno cada vez.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>El PDF no contiene ninguna credencial firmada, así que no se puede comprobar nada en él; los certificados de Badgesmith llevan una. Para comprobar su código QR, escanearlo o verificar una foto de él.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>El PDF no tiene sello: otro programa lo volvió a guardar, o se creó antes de que Badgesmith sellara sus certificados, así que no se puede responder de su página (la credencial que contiene se comprueba arriba). Si el certificado es propio, volver a exportarlo desde la página Credenciales.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>El PDF se modificó después de crearse: su sello no coincide con el archivo, así que la página puede mostrar algo distinto de lo que se firmó.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>El archivo está exactamente como lo creó Badgesmith en este espacio de trabajo (sellado con la clave de la credencial), así que su página muestra lo que se firmó.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>El archivo está exactamente como lo selló el emisor con la clave que firmó la credencial: nadie lo ha modificado desde entonces. Lo que muestra la página es del propio emisor; conviene compararlo con los datos de arriba.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>El código QR impreso falta o no se puede leer.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>La página tiene más de un código QR, así que no se puede saber cuál es el del certificado.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>Código QR: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>El código QR impreso no coincide con la credencial incrustada.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>El código QR no coincide con la credencial incrustada: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>El código QR coincide con la credencial incrustada.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>La frase de contraseña es incorrecta: no se ha podido desbloquear la clave de firma.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>el nombre del participante</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>el nombre del logro</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>la fecha de otorgamiento</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>la fecha de caducidad (vacía si no caduca)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>el enlace público de verificación (vacío sin página de verificación)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>el enlace “Añadir al perfil” de LinkedIn</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>el identificador de la credencial</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>El comentario tiene {count} caracteres; el comentario de un aval puede tener como máximo {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>El aval sería válido hasta el {day}, fecha que ya ha pasado: hay que elegir una fecha a partir de hoy.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>El aval terminaría antes de empezar.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} es más grande de lo que puede ser una solicitud de aval (como máximo {limit}&#xa0;MB).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} no es una solicitud de aval: no es un archivo de texto (JSON en UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} no es una solicitud de aval: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} es una credencial, no una solicitud de aval: hay que abrir el archivo de solicitud que envió el centro.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} no es una solicitud de aval de Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} es una solicitud de aval de otro tipo (versión {version}); esta versión de Badgesmith lee la versión {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} no indica ningún identificador de logro, así que no hay nada que avalar.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} no indica ningún logro.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} no indica quién otorga el logro.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>identificación del participante</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>país o región del emisor</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>entidad emisora</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>resultados de aprendizaje</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>carga de trabajo teórica</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>tipo de evaluación</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>modalidad de participación</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>tipo de garantía de calidad</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>requisitos previos</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>supervisión y verificación de la identidad</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>calificación obtenida</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>integración o acumulabilidad</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>información adicional</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>Microcredencial de la UE: los {total} elementos obligatorios</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>Microcredencial de la UE: {present} de {total} elementos obligatorios — falta: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Este espacio de trabajo aún no tiene clave de firma: primero hay que configurar el emisor.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Este espacio de trabajo aún no tiene emisor; primero hay que configurarlo.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} es un logro de este espacio de trabajo: un aval viene de otra entidad, una empresa o una asociación profesional, desde su propio Badgesmith.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} no contiene un aval legible: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} es una solicitud de aval, no un aval: hay que enviarla al avalista, que la firma en su Badgesmith (Archivo ▸ Avalar un logro…, o badgesmith endorse), y añadir lo que devuelva.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} no es un aval (un EndorsementCredential de Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} no se ha añadido: está firmado con la clave {fingerprint}, que no se ha importado como de confianza. Cualquiera puede firmar con cualquier nombre: hay que importar la tarjeta de emisor del avalista (Configuración ▸ Emisores de confianza), comparar su huella digital con la que indique el avalista y volver a añadir el aval.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} no se ha añadido: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} no se ha añadido: su contenido firmado no indica identificador, avalista ni logro avalado.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} no se ha añadido: está firmado con la clave de este espacio de trabajo, y un aval tiene que venir de otra entidad.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} no se ha añadido: el nombre de su avalista tiene {count} caracteres; Badgesmith guarda nombres de {limit} como máximo.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Este aval ya se había añadido.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} no se ha añadido: esta versión ya lleva {count} avales, el máximo que lleva una credencial. Primero hay que quitar alguno que ya no importe.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} no se ha añadido: el aval se verifica por sí solo, pero las credenciales de esta versión no podrían llevarlo: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>No hay ningún logro con el identificador {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} no se ha añadido: avala {subject}, que no es una versión de {achievement} (ni ningún logro de este espacio de trabajo).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} no se ha añadido: avala {other}, no {achievement}. Hay que añadirlo a {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Para la versión {number}, una versión anterior: las credenciales de la versión actual no lo llevan (otorgan otro identificador de logro). Conviene pedir a {endorser} que avale la versión actual.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Caducado el {day}: las credenciales nuevas ya no lo llevan.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Válido: lo llevan las credenciales que emita a partir de ahora para la versión {number}.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Ese aval no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>{year} no es un año con cifras: hay que elegir uno entre {first} y {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>Los datos personales del participante se borraron: la credencial no se puede renovar.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>Ya se revocó o se renovó.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>El participante ya no está inscrito en el grupo a través del cual se emitió.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Otra persona está emitiendo credenciales para este grupo en este momento; hay que volver a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Con la misma cuenta se están emitiendo credenciales para este grupo desde el {since}, en otra ventana u otro programa; hay que volver a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} está emitiendo credenciales para este grupo desde el {since}; hay que volver a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>Espacio de trabajo de {folder} copiado en la base de datos compartida {where}: {rows} filas en {tables} tablas, en {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>Comprobado en {seconds} s: cada tabla tiene tantas filas como antes; los {events} eventos del registro de auditoría se verifican; {verified} de {credentials} credenciales se verifican igual que al emitirlas ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Credenciales que ya no se verificaban en el espacio de trabajo anterior y siguen sin verificarse: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>El archivo del espacio de trabajo anterior se conserva como {kept}. {folder} es ahora la parte del espacio de trabajo compartido que está en este equipo: los certificados y los borradores se quedan en ella.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>Las demás personas se conectan con: badgesmith --database {where} (antes hay que añadirlas con badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} ya es la parte local de un espacio de trabajo compartido: no hay nada que trasladar.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>No hay ningún espacio de trabajo que trasladar en {folder}.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>El registro de auditoría de este espacio de trabajo ya está dañado ({problem}); no se ha copiado nada. Se puede comprobar con badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>La base de datos {where} no está vacía (tablas: {n}, p. ej., {names}); migrate-to solo copia un espacio de trabajo en una base de datos vacía. Hay que crear una nueva (p. ej., createdb badgesmith) y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>Alguien ha empezado a usar la base de datos {where} mientras tanto; no se ha copiado nada.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Otro programa está escribiendo en el espacio de trabajo de {folder}; hay que cerrar Badgesmith allí y volver a intentarlo. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>La copia no tiene las mismas filas que el espacio de trabajo: {tables}; no se ha copiado nada.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>El registro de auditoría no se verifica en la copia ({problem}); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Credenciales que se verifican en el espacio de trabajo pero no en la copia de {where}: {n} (p. ej., {ids}); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Esto requiere el rol de docente; {user} no tiene ningún rol en Badgesmith. Hay que consultar al administrador.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>Emitir, revocar y cambiar logros requiere el rol de emisor; {user} ha iniciado sesión como {role}. Hay que consultar al administrador o a un emisor.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Esto requiere el rol de administrador; {user} ha iniciado sesión como {role}. Hay que consultar al administrador.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>La base de datos compartida ha rechazado este cambio: el rol de la cuenta no lo permite. No se ha guardado nada. Hay que consultar al administrador.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Un texto es más largo de lo que admite la base de datos compartida; no se ha guardado nada. Acórtelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Otra persona ha cambiado los mismos datos en el mismo momento; no se ha guardado nada. Hay que volver a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>Se ha perdido la conexión con la base de datos compartida; este cambio no se ha guardado. Hay que comprobar la red y volver a intentarlo.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Nadie puede darse de baja a sí mismo; puede hacerlo otro administrador.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Las personas y los roles son propios de una base de datos compartida; este espacio de trabajo está solo en este equipo.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Alguien ha cambiado el espacio de trabajo compartido mientras se comprobaba la copia de seguridad; no se ha restaurado nada. Hay que volver a intentarlo.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Hay que escribir la dirección de la base de datos compartida, p. ej., postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>La dirección de la base de datos tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>La dirección de una base de datos compartida empieza por postgresql:// (p. ej., postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>No es una dirección de base de datos: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>La dirección no indica ninguna base de datos: hay que añadirla después del servidor, p. ej., postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>La base de datos compartida debe actualizarse a esta versión de Badgesmith; lo hace el administrador al iniciar sesión una vez con esta versión.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>La cuenta de base de datos {user} no tiene ningún rol en Badgesmith: hay que pedir al administrador que la añada.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>“{name}” no puede ser un nombre de usuario: hay que usar letras minúsculas, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;, hasta 63, empezando por una letra.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>“{name}” está reservado por la base de datos; hay que elegir otro nombre de usuario.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Hay que dar a la nueva persona una contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Ya existe una cuenta de base de datos llamada “{name}”.</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>Las tablas de la base de datos no son las de esta versión de Badgesmith ({tables}); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Una fila de la tabla {table} no se puede guardar en la base de datos de destino ({reason}); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>Otras personas están trabajando ahora en el espacio de trabajo compartido; no se ha cambiado nada. Hay que volver a intentarlo cuando hayan cerrado Badgesmith o terminado lo que están haciendo.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Solo la cuenta de base de datos propietaria de las tablas del espacio de trabajo compartido ({owner}) puede copiar en él un espacio de trabajo completo: el registro de auditoría que trae se escribió en nombre de otras personas. Hay que iniciar sesión como {owner} y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>Las filas copiadas incumplen las reglas de la base de datos ({reason}); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>Las claves e índices de la base de datos no se han podido reconstruir tal como estaban; no se ha copiado nada.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} contiene un espacio de trabajo de este equipo; hay que elegir otra carpeta para los archivos del compartido (o copiar este en la base de datos compartida con migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>No se ha podido configurar la base de datos compartida {where}: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>La base de datos compartida {where} no ha aceptado el nombre de usuario y la contraseña. Hay que comprobarlos y volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>Esta cuenta ya no puede iniciar sesión en la base de datos compartida {where}; hay que consultar al administrador.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>No existe la base de datos indicada en {where}; hay que pedir la dirección correcta al administrador.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>No se puede acceder a la base de datos compartida {where}: {reason}.</translation>
    </message>
</context>
</TS>
