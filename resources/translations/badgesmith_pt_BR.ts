<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>Presença (todos os critérios obrigatórios cumpridos)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>Pontuação (total igual ou acima da nota mínima)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>Rubrica (cada critério obrigatório no nível exigido)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}” não é um número.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Como a conquista é obtida (Markdown: **negrito**, *itálico*, - listas)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>para conquistas por pontuação</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>separadas por vírgula, ex.: primeiros socorros, saúde e segurança</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>ex.: PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>ex.: pt-BR, en</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>ex.: 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Não expira</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>Como é obtida</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>Critérios (texto)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>Regra de elegibilidade</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>Alinhamentos (referenciais e normas a que corresponde)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Área de estudo</translation>
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
        <translation>Rótulo da versão</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Modelo de certificado</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mês</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>Nota mínima: {problem}</translation>
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
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>Certificado de aprendizagem</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>Diploma de tecnólogo</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Prêmio</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>Bacharelado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>Certificado de conclusão</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificação</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>Serviço comunitário</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>Atividade extracurricular</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Diploma de graduação</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>Doutorado</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Trabalho de campo</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>Supletivo (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>Certificado de oficial</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>Programa de aprendizagem</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Associação</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>Doutorado profissional</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>Credencial de garantia de qualidade</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>Certificado de mestre de ofício</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>Mestrado</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>Doutorado acadêmico</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>Diploma do ensino médio</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (trilha) (arquivada)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (trilha)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (arquivada)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>Nova conquista</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Conquistas</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>Nenhuma conquista ainda. Clique em “Nova conquista” para definir o que você certifica.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar arquivadas</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arquivar…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>Ocultar uma conquista que você não concede mais: as turmas e credenciais dela continuam e são verificadas como antes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>A nova conquista</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Desarquivar</translation>
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
        <translation>Credenciais emitidas por versão — {versions}. Salvar alterações cria uma nova versão; as credenciais emitidas mantêm a antiga.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>Credenciais emitidas por versão — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salva.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>Arquivar conquista</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>Conquista {name} arquivada.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>Arquivamento da conquista {name} desfeito.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>Conquista {name} desarquivada.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n turma</numerusform>
            <numerusform>%n turmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciais</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} e {credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>Arquivar {name}? A conquista sai da lista e não pode mais ser escolhida para novas turmas. Você pode desarquivá-la em “Mostrar arquivadas”.</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>Arquivar {name}? A conquista sai da lista e não pode mais ser escolhida para novas turmas. Suas {kept} continuam e são verificadas como antes. Você pode desarquivá-la em “Mostrar arquivadas”.</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>Salvar cria uma nova versão desta conquista. O endosso de {endorsers} vale para a versão como ela está agora, então as credenciais que você emitir de agora em diante não o levarão. Peça ao endossante que endosse a nova versão.

Salvar mesmo assim?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>Salvar conquista</translation>
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
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Referencial</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alinhamentos</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>Adicionar alinhamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Não foi possível criar o espaço de trabalho de demonstração</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>Pontuação {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>Nível: {levels} (exigido: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>Nível: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>Digite sim / aprovado / presente, ou não / reprovado / ausente</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Não matriculado.</translation>
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
            <numerusform>{learner}: “{text}” não foi salvo — {reason} (%n valor em vermelho não está salvo)</numerusform>
            <numerusform>{learner}: “{text}” não foi salvo — {reason} (%n valores em vermelho não estão salvos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: “{text}” não foi salvo — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>evidência de {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} de {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ elegível</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>Elegível para a credencial.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (opcional)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidade</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Evidência (texto)</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Evidência (link)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>Faça agora o backup da sua chave de assinatura</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>Se este computador for perdido, o backup da chave é a única forma de continuar emitindo credenciais verificadas como suas.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>O arquivo de backup é criptografado com a sua frase secreta. Guarde-o fora deste computador: num pen drive dentro de uma gaveta ou no armazenamento seguro da sua organização. Quem tiver o arquivo e a frase secreta pode assinar em seu nome.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>Fazer backup da chave de assinatura…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Salvar o backup da chave</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-da-chave.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Backup da chave (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ Salvo em {file}. Guarde-o em local seguro, longe deste computador.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Alterar a frase secreta da chave</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>Todas as chaves (a atual e as aposentadas) são criptografadas de novo. Backups da chave feitos antes continuam com a frase secreta antiga.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>As duas novas frases secretas não coincidem: digite a mesma duas vezes.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>Onde você vai trabalhar?</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>O Badgesmith guarda os dados neste computador ou em um servidor de banco de dados compartilhado por várias pessoas.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Somente este computador</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>Um banco de dados compartilhado (instituição)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>Para um instrutor ou uma pequena equipe em um só computador: tudo fica em uma pasta, e em seguida você define quem concede as credenciais.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>Para vários instrutores, cada um no próprio computador, com um registro único: você entra no servidor de banco de dados da sua instituição. A primeira pessoa a se conectar a um banco de dados novo o configura.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nova turma</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>ex.: Primeiros Socorros — maio de 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>Conquista *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>Defina primeiro uma conquista (página Conquistas): toda turma trabalha para obter uma.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>Escolha a conquista que esta turma busca obter.</translation>
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
        <translation>Turma</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nova turma…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Matricular alunos…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importar resultados…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>Registrar os resultados desta turma a partir de um arquivo CSV ou Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>Salvar os resultados desta turma como arquivo CSV (seguro para abrir numa planilha)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>Excluir turma…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>Excluir uma turma que ainda não emitiu nenhuma credencial (pode ser desfeito até você fechar o Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>Remover da turma…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>Tirar o aluno selecionado desta turma, junto com os resultados dele nela (pode ser desfeito até você fechar o Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Turmas</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>Nenhuma turma ainda. Uma turma é uma edição de um curso ou evento: crie uma, depois matricule os alunos e registre os resultados deles.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>Grade de avaliação: alunos por critério</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Digite um valor e pressione Tab (próximo critério) ou Enter (próximo aluno); cada célula é salva enquanto você digita. Passe o mouse sobre o título de uma coluna para ver o que ela aceita. Ctrl+Z desfaz, Ctrl+Shift+Z refaz.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>Excluir esta turma (pode ser desfeito até você fechar o Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>Esta turma emitiu credenciais, que continuam vinculadas a ela: não é possível excluí-la. Arquive a conquista dela para deixar de oferecê-la.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>Conquista: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>Instrutor: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>O que o aluno fez, ex.: calmo e metódico na simulação de RCP</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… link para uma foto, vídeo ou documento (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>Evidência de {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n de {total} elegível</numerusform>
            <numerusform>%n de {total} elegíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>Nenhum aluno matriculado ainda: use “Matricular alunos…”.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Salvo</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} - resultados.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>Resultados de {cohort} salvos em {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Excluir a turma {cohort}, com a sua %n matrícula e os resultados dela? Os alunos continuam cadastrados. Você pode desfazer isso até fechar o Badgesmith.</numerusform>
            <numerusform>Excluir a turma {cohort}, com as suas %n matrículas e os resultados delas? Os alunos continuam cadastrados. Você pode desfazer isso até fechar o Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Excluir turma</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>Turma {cohort} excluída.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>Exclusão da turma {cohort} desfeita.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>Selecione primeiro um aluno na grade.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Remover da turma</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>Remover {learner} de {cohort}, junto com os resultados e evidências dessa turma? O aluno continua na sua lista de alunos. Você pode desfazer isso até fechar o Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>Aluno removido da turma {cohort}: {learner}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>Remoção de {learner} da turma {cohort} desfeita.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Escolher uma cor</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>Ninguém configurou ainda o banco de dados compartilhado {where}, e configurá-lo exige o papel de administrador. Fale com o seu administrador.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectar a um banco de dados compartilhado</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>Várias pessoas trabalham em um registro único: cada uma entra com o próprio nome, e o seu papel define o que ela pode fazer.</translation>
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
        <translation>ex.: db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>ex.: badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>seu nome de usuário, ex.: anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>Pasta para arquivos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>O seu administrador fornece esses dados. O Badgesmith nunca salva a sua senha: ele a pede quando você abre o espaço de trabalho de novo.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Arquivos neste computador</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>Os dados (alunos, resultados, credenciais) ficam no banco de dados; os certificados e os rascunhos de e-mail são gravados nesta pasta.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>Pasta para os arquivos do espaço de trabalho compartilhado</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— nenhum —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Digite para procurar um país</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Substituída</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — precisa de revisão</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida em</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID da credencial</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>Pesquisar credenciais</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>Buscar por nome do aluno, e-mail ou ID da credencial…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expirando em até %n dia</numerusform>
            <numerusform>Expirando em até %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Precisa de revisão</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Emitidas entre</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>Credenciais emitidas</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>Não há arquivo de certificado para esta credencial.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>O certificado como foi emitido. Desbloqueie a chave de assinatura para vê-lo como “Reexportar” o geraria agora.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>A credencial como foi assinada (JSON)</translation>
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
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>Manter após revisão</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>Você examinou esta credencial sinalizada e a mantém como está: a sinalização é retirada e o registro de auditoria anota a sua decisão</translation>
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
        <translation>Imprimir os certificados selecionados (Ctrl+clique seleciona vários); os revogados nunca são impressos</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>Publicar site…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>Gravar a página de verificação, as listas de status e o perfil do emissor na sua pasta de publicação (Configurações ▸ Publicação), para enviar ao site após uma revogação.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>Todas as conquistas</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>Nenhuma credencial emitida ainda: emita credenciais na página Emitir.</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} exibidas de {total} emitidas</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>Selecione uma credencial para vê-la.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} em {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>Status: {status} · concedida em {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>Precisa de revisão: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>Os dados pessoais do aluno foram apagados: nenhum certificado é mantido. A credencial ainda pode ser verificada e revogada.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Carregando o certificado…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>Nenhum arquivo de certificado é mantido para esta credencial.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>O arquivo do certificado não está onde foi gravado; use “Reexportar” para gerar uma nova cópia.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>Manter a credencial {achievement} de {learner} como está? Ela continua válida, a marca de revisão é retirada e o registro de auditoria anota a sua decisão. (Para retirá-la, use “Revogar…”.)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>Reativar a credencial de {learner} ({achievement})? Ela foi revogada pelo seguinte motivo: {reason}. Depois de reativada, volta a ser verificada como válida.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nenhum motivo registrado</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>Reativar credencial</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>Para reativar, é preciso a frase secreta da sua chave de assinatura.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>Reexportar para a pasta</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>Gravados: {first} e {second} em {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>A reexportação assina um novo código QR com a sua chave.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

Envie para o seu site o que mudou.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Nível de rubrica</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>Aprovado / presente</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
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
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Nível exigido</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Adicionar critério</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>Níveis de rubrica do critério selecionado (do mais baixo ao mais alto)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Adicionar nível</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Remover nível</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Nível {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>Critério “{name}”: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>O link de verificação de cada aluno é assinado com a sua chave.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>Envie a cada aluno, pela sua própria conta de e-mail, o certificado (PDF), a credencial (JSON) e o badge (PNG), ou salve as mensagens como rascunhos para enviá-las pelo seu programa de e-mail. Ninguém recebe a mesma credencial duas vezes; credenciais revogadas nunca são enviadas.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Conta de e-mail…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mensagem…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>Caixa de saída: quem recebeu o quê</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>Copiar link do LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>Abrir pasta dos pacotes</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>Salvar como rascunhos…</translation>
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
        <translation>Enviando como {address} via {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>Nenhuma conta de e-mail ainda: configure uma em “Conta de e-mail…” ou salve rascunhos.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n credencial válida</numerusform>
            <numerusform>%n credenciais válidas</numerusform>
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
            <numerusform>%n a enviar</numerusform>
            <numerusform>%n a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n com falha (será reenviada com as demais)</numerusform>
            <numerusform>%n com falha (serão reenviadas com as demais)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sem endereço de e-mail</numerusform>
            <numerusform>%n sem endereço de e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>Nenhuma credencial válida nesta turma ainda: emita as credenciais primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Enviar para %n aluno</numerusform>
            <numerusform>Enviar para %n alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nada foi enviado</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Envio concluído</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envio interrompido</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Falha no envio</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>Enviando para {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>Salvar pacotes e rascunhos em</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n de {total} alunos já recebeu o e-mail. Criar um rascunho para ele também? (Enviar o rascunho daria a ele uma segunda cópia.)</numerusform>
            <numerusform>%n de {total} alunos já receberam o e-mail. Criar rascunhos para eles também? (Enviar um rascunho daria a eles uma segunda cópia.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

Abra cada arquivo .eml no seu programa de e-mail para enviá-lo.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Rascunhos salvos</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>Salvando pacotes e rascunhos…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>Link do LinkedIn de {learner} copiado:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>Link do LinkedIn</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>Escolher um arquivo para verificar</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>Solte aqui o PDF de um certificado ou histórico, uma credencial ou histórico do aluno (.json) ou uma foto do código QR, ou clique para escolher um arquivo</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>Endossar uma conquista</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>Outra instituição enviou a você uma solicitação de endosso para uma das conquistas dela. Seu endosso é assinado com a sua chave, em nome do seu emissor; a instituição o adiciona à conquista, e as credenciais que ela emitir passam a levá-lo.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>Escolher solicitação…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>Nenhuma solicitação escolhida ainda.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>O que você tem a dizer sobre ela, ex.: por que seus associados a valorizam (opcional)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Assinar e salvar…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>Escolher uma solicitação de endosso</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}, concedida por {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>O comentário tem %n caractere; cabem no máximo {limit}.</numerusform>
            <numerusform>O comentário tem %n caracteres; cabem no máximo {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>Para assinar um endosso, é preciso a frase secreta da sua chave de assinatura.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - endosso.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>Salvar o endosso assinado</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>Seu endosso de {achievement} foi salvo em {file}. Envie-o para {provider}, junto com o seu cartão do emissor (Configurações ▸ Chaves de assinatura ▸ Exportar cartão do emissor…), se a instituição ainda não o tiver.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>Da versão {number} (anterior)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Endossante</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sem data de término</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Endossos</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>Exportar solicitação de endosso…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>Um arquivo com esta versão da conquista, para um empregador ou uma entidade profissional assinar no Badgesmith deles</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>Adicionar endosso…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>Salve a conquista primeiro: um endosso garante a conquista tal como foi salva.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>Nenhum endosso ainda. Exporte uma solicitação e envie-a a um empregador ou a uma entidade profissional; depois adicione o endosso que eles assinarem e devolverem. As credenciais emitidas a partir daí o levam.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>Cada endosso vale para uma versão: depois de uma alteração que cria uma nova versão, peça um novo endosso. As credenciais já emitidas mantêm os endossos que já levam.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - solicitação de endosso.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>Exportar solicitação de endosso</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>{file} foi gravado. Envie-o ao empregador ou à entidade profissional: eles o assinam no Badgesmith deles (Arquivo ▸ Endossar uma conquista…) e enviam a você o endosso para adicionar aqui.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Adicionar endosso</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>Endosso de {endorser} adicionado. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>Remover o endosso de {endorser}? As credenciais emitidas a partir de agora deixam de levá-lo; as já emitidas o mantêm.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>Remover endosso</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>Matricular alunos em {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>Selecione os alunos (Ctrl+clique ou Shift+clique para vários, Ctrl+A para todos os exibidos):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>Matricular selecionados</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>Selecione pelo menos um aluno.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Apagar dados pessoais</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>Entendo que os dados de {name} não poderão ser recuperados</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dados pessoais apagados</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>Permissão negada: {file}. Escolha uma pasta em que você possa gravar.</translation>
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
        <translation>Um erro interno interrompeu a operação ({error}); nada ficou gravado pela metade. Os detalhes estão no log em {folder}; por favor, informe o erro.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what} tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what} tem alterações que não podem ser salvas: {reason} Descartá-las?</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>Híbrida (on-line e presencial)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sem supervisão</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>Com supervisão, sem verificação de identidade</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>Com supervisão e verificação de identidade</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Independente</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Acumulável</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>Microcredencial da UE</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>Um por linha: o que o aluno sabe fazer ao final</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>Carga horária estimada (horas)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informada</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>Quadro Europeu de Qualificações (QEQ)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>Nível: quadro de referência</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>QEQ ou o seu quadro nacional</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>Nível no quadro</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>ex.: 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>O nível não se aplica</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>ex.: Prova escrita e uma tarefa prática observada por um avaliador</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>ex.: Revisão interna dos resultados; o curso é reavaliado todo ano</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>Acumulável para</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>um endereço web ou uma frase</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>Créditos ECTS: o campo Créditos acima</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>para</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>O aluno, o título, a data de emissão e a instituição emissora vêm de cada credencial; o país da instituição emissora vem de Configurações ▸ Perfil do emissor.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Resultados de aprendizagem</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Tipo de avaliação</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Modalidade de participação</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Tipo de garantia de qualidade</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>Opcionais:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Pré-requisitos</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Supervisão e verificação de identidade</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Mais informações</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— não informado —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>Ocultar os elementos</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>Mostrar os elementos</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>a credencial para a qual ela conta</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln credencial expira em até {period}.</numerusform>
            <numerusform>%Ln credenciais expiram em até {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Ver credencial</numerusform>
            <numerusform>Ver credenciais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Escolha o arquivo</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>Um arquivo CSV ou Excel (.xlsx) com um aluno por linha. Nada é importado até você confirmar na última página.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Caminho de um arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importar alunos</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Boas-vindas ao Badgesmith</translation>
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
        <translation>Não foi possível abrir um gerenciador de arquivos aqui. A pasta é:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Guia do usuário do Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>O guia do usuário não está nesta instalação: reinstale o Badgesmith.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Escolher imagem…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sem imagem</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Escolha a imagem</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Escolher logotipo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Escolha o logotipo</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>Escolher fundo…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Sem fundo</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>Escolha o fundo</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>Escolher assinatura…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sem assinatura</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Escolha a assinatura</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(sem pré-visualização)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>Importar alunos</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Não há arquivo em {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n linha, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n linhas, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n linha. {summary}.</numerusform>
            <numerusform>✓ {file}: %n linhas. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ Será importado</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ Erro</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicado no arquivo</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>Já está no espaço de trabalho</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>Corrigido manualmente.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Planilhas (*.csv *.tsv *.txt *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>Importar resultados — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>Um arquivo CSV ou Excel com uma coluna por critério</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>Registrar resultados</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>Cada linha identifica o aluno pelo e-mail, matrícula ou nome; as colunas têm o nome dos critérios (e, opcionalmente, Avaliador, Data, Observações e Link da evidência). Nada é registrado até você confirmar.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Pressione Enter para ler o arquivo.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Todas as linhas estão corretas.</translation>
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
        <translation>{error} Nada foi registrado.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>Como no design da conquista</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Nenhum (um só idioma)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>Alunos e se podem receber uma credencial</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>Selecione um aluno para pré-visualizar o certificado dele.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Pasta dos certificados</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>Emitir de novo para quem já tem credencial (renovação; mantém a data de concessão)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renovar selecionados…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>Emitir de novo só para os alunos selecionados (ex.: após uma nova prova ou para substituir uma credencial revogada); Ctrl+clique seleciona vários</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>Imprimir o arquivo de impressão da turma: todos os certificados ativos da pasta de saída (os revogados nunca são impressos)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Idioma do certificado</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>Pré-visualização (sem assinatura; o certificado emitido traz o código QR da sua chave):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>Emitir credenciais</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n aluno)</numerusform>
            <numerusform>{cohort}  (%n alunos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (trilha: escolha para ver quem a concluiu)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>Nenhuma turma ainda: crie uma na página Turmas &amp; avaliação.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Nada para pré-visualizar ainda.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>Nenhum aluno está matriculado nesta turma.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. Você pode emitir mesmo assim: as credenciais ficarão sem esses elementos. Adicione-os na página Conquistas.</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n pronto para emissão</numerusform>
            <numerusform>%n prontos para emissão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n já com credencial</numerusform>
            <numerusform>%n já com credencial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n não elegível</numerusform>
            <numerusform>%n não elegíveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n com credencial revogada (não é renovada com as demais)</numerusform>
            <numerusform>%n com credencial revogada (não são renovadas com as demais)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Emitir %n credencial</numerusform>
            <numerusform>Emitir %n credenciais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renovar %n selecionado…</numerusform>
            <numerusform>Renovar %n selecionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Gerando…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>A emissão assina cada credencial com a sua chave.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>A credencial {credential} de {learner} foi revogada. A renovação emite uma credencial nova e válida; a revogada continua revogada e aparece assim para quem a verificar. Renovar?</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>Emitir uma nova credencial para {learner}? Ela substitui {credential}, que passa a ser verificada como substituída por uma credencial mais recente; a data de concessão é mantida e os arquivos antigos vão para a pasta &apos;replaced&apos; dentro da pasta de saída.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>Emitir uma nova credencial para %n aluno: {names}? Ela substitui a credencial do aluno, que passa a ser verificada como substituída por uma mais recente; a data de concessão é mantida e os arquivos antigos vão para a pasta &apos;replaced&apos; dentro da pasta de saída.</numerusform>
            <numerusform>Emitir novas credenciais para %n alunos: {names}? Cada uma substitui a credencial do aluno, que passa a ser verificada como substituída por uma mais recente; as datas de concessão são mantidas e os arquivos antigos vão para a pasta &apos;replaced&apos; dentro da pasta de saída.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>Com credencial revogada: {names}. Cada um recebe uma credencial nova e válida; a revogada continua revogada e aparece assim para quem a verificar.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>Deixados de fora: {names} (ainda sem credencial, não elegíveis ou com um nome que não pode ser impresso).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renovar credencial</numerusform>
            <numerusform>Renovar credenciais</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Falha na emissão</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>Já está sendo emitido</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>Emitindo credenciais para {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e mais %n</numerusform>
            <numerusform>{names} e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>Emitida — precisa de revisão</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Já emitida</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Não elegível</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>Nome não imprimível</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ Pronto para emissão</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>A renovação não inclui este aluno: selecione-o e use “Renovar selecionados”.</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>Uma credencial da qual ela depende foi revogada: mantenha-a ou revogue-a na página Credenciais.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Emissão concluída</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Emissão interrompida</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>Emitidas: {issued} · ignoradas: {skipped} · com falha: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>Cancelado: as credenciais contadas como emitidas estão completas. Emita de novo para concluir o restante; ninguém recebe credencial duplicada.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>PDF pronto para impressão: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n certificado revogado ficou fora do arquivo de impressão.</numerusform>
            <numerusform>%n certificados revogados ficaram fora do arquivo de impressão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Pasta: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>gerado com um layout ou versão anterior</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>revogado, fora do arquivo de impressão</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>ex.: 1337 (opcional)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>ex.: Minas Gerais, Baviera (opcional)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>As credenciais indicam o país (e a região) de onde você as concede: uma microcredencial da UE exige essa informação.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <translation>Certificados, mensagens aos alunos e a página de verificação ficam neste idioma, a menos que uma conquista ou uma turma escolha outro.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>Onde os certificados são verificados on-line (a página de verificação, a lista de status, o seu domínio) é definido na aba Publicação.</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>ID da organização no LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>O número no endereço de administração da página da sua empresa no LinkedIn: assim, os links “Adicionar ao perfil” dos alunos mostram a sua organização com o logotipo.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>O perfil do emissor</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>O perfil do emissor foi salvo. As credenciais emitidas a partir de agora o incluem.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>Proteja a sua chave de assinatura</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>O Badgesmith cria uma nova chave de assinatura e a guarda criptografada com esta frase secreta. Você vai digitá-la ao emitir ou revogar credenciais.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>Pelo menos %Ln caractere; uma frase curta é fácil de lembrar e difícil de adivinhar. Ninguém pode recuperá-la para você.</numerusform>
            <numerusform>Pelo menos %Ln caracteres; uma frase curta é fácil de lembrar e difícil de adivinhar. Ninguém pode recuperá-la para você.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>A frase secreta deve ter pelo menos %Ln caractere.</numerusform>
            <numerusform>A frase secreta deve ter pelo menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>As duas frases secretas não coincidem: digite a mesma frase secreta duas vezes.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>Atual (assina novas credenciais)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>Aposentada (ainda verifica)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>Aposentada em</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificador (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>A sua chave de assinatura comprova que as credenciais vêm de você. As chaves aposentadas são mantidas para que as credenciais assinadas com elas continuem sendo verificadas.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Chaves de assinatura</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Fazer backup da chave…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>Exportar cartão do emissor…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Alterar frase secreta…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Trocar chave…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>Fazer backup da chave de assinatura</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>O arquivo de backup contém a sua chave de assinatura, criptografada com a sua frase secreta.

Quem tiver este arquivo E a sua frase secreta pode emitir credenciais em seu nome. Guarde-o longe deste computador (num pen drive dentro de uma gaveta, no armazenamento seguro da sua organização), nunca junto da frase secreta, e nunca o envie por e-mail.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Salvar o backup da chave</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>Backup da chave (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>Backup da chave salvo em {path}. Guarde-o em local seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>Salvar o cartão do emissor</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>Cartão do emissor (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>Cartão do emissor salvo em {path}. Compartilhe-o com quem deve confiar nas suas credenciais; ele não contém nenhum segredo.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>A frase secreta foi alterada. Faça um novo backup da chave: os backups anteriores ainda exigem a frase secreta antiga.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Trocar a chave de assinatura</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>Criar uma nova chave de assinatura e aposentar a atual? As credenciais já emitidas continuam sendo verificadas. Depois, publique de novo a sua página de verificação e o seu cartão do emissor.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>Uma nova chave de assinatura está em uso. Faça o backup dela agora (Fazer backup da chave…).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Idioma do Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>O Badgesmith abrirá neste idioma na próxima vez. badgesmith --lang CÓDIGO ou a variável {variable} escolhe outro idioma para uma única execução.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>Salvo: {language}, a partir da próxima execução.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Editar aluno</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Adicionar aluno</translation>
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
        <translation>Matrícula</translation>
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
        <translation>Matrícula</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>Filtrar por nome, e-mail ou matrícula…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>Ordenar pelo nome</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>Ordenar pelo sobrenome</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>Sobrenome: a última palavra do nome</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Adicionar aluno…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>Excluir um aluno cadastrado por engano (não um que tenha credenciais; você pode desfazer até fechar o Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Apagar dados pessoais…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>Direito à eliminação: os dados do aluno são apagados de vez; as credenciais dele continuam verificáveis e revogáveis</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>Histórico do aluno…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>Salvar o histórico completo do aluno selecionado, assinado: um histórico em PDF (com código QR e o histórico embutido) ou o arquivo CLR 2.0 que uma carteira digital ou um empregador lê</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>Credencial de outro emissor…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>Adicionar uma credencial que o aluno selecionado obteve de um emissor em quem você confia (o JSON ou o PDF do certificado). Ela é verificada antes e conta para as suas trilhas que incluem a conquista dela</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>Salvar todos os alunos num arquivo CSV, no formato da sua planilha (seguro para abrir)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importar de arquivo…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>Encontrar alunos</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>Nenhum aluno ainda: adicione um ou importe uma planilha.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln encontrado</numerusform>
            <numerusform>%Ln encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln aluno</numerusform>
            <numerusform>%Ln alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>Excluir {name}, junto com as matrículas e os resultados? Você pode desfazer isso até fechar o Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Excluir aluno</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>Aluno excluído: {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>Exclusão de {learner} desfeita.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>alunos.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>Exportar alunos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>Os alunos foram salvos em {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>Selecione primeiro um aluno: o histórico dele reúne todas as credenciais vigentes que ele obteve.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>Histórico em PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>Histórico do aluno CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - histórico.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>Salvar o histórico de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>O histórico de {name} foi salvo em {file}. Ele contém dados pessoais: só você pode ler o arquivo até compartilhá-lo.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>O histórico do aluno é assinado: é preciso a frase secreta da sua chave de assinatura.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>Selecione primeiro o aluno que obteve a credencial.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>Adicionar uma credencial que {name} obteve em outro lugar</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>Credenciais (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>{achievement}, de {issuer}, foi adicionada ao histórico de {name}: ela conta para as suas trilhas que a incluem.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (geralmente porta 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (geralmente porta 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Nenhuma (só dentro de uma rede confiável)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>Conta de e-mail para envio</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>ex.: smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>o endereço que os alunos veem e ao qual podem responder</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>O Badgesmith envia pela sua própria conta, e só quando você clica em Enviar. A senha é guardada criptografada com a frase secreta da sua chave de assinatura.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>Servidor *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome do remetente</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>Endereço do remetente *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Enviar mensagem de teste…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>guardada (deixe vazio para mantê-la)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>A senha é guardada criptografada com a frase secreta da sua chave.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar mensagem de teste</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Enviar mensagem de teste para:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>O servidor aceitou a mensagem de teste:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>A senha de e-mail guardada é criptografada com a frase secreta da sua chave.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir r&amp;ecente</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Conectar a um banco de dados co&amp;mpartilhado…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>Fazer &amp;backup do espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>&amp;Restaurar espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>Endossar uma &amp;conquista…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>&amp;Desbloquear chave de assinatura…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>B&amp;loquear chave de assinatura</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;Guia do usuário do Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>&amp;Sobre o Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>Sobre o Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
Credenciais Open Badges 3.0 assinadas, com certificados em papel verificáveis, sem internet.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>Banco de dados compartilhado {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>Dados: {address}
Arquivos: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>Espaço de trabalho: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>Chave de assinatura: desbloqueada nesta sessão</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>Chave de assinatura: bloqueada</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Escolha uma pasta vazia para o novo espaço de trabalho</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} não está vazia: escolha ou crie uma pasta vazia.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Abrir a pasta de um espaço de trabalho</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>Não há nenhum espaço de trabalho do Badgesmith em {folder}.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>Ainda há trabalho em andamento. Interromper e abrir o outro espaço de trabalho? Os itens concluídos são mantidos.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Fazer backup do espaço de trabalho</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>Backup (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>Backup salvo em {file}, assinado com a sua chave.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>O backup é assinado com a sua chave, para que a restauração possa confirmar que ele é seu.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>Restaurar o espaço de trabalho a partir de um backup</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Restaurar espaço de trabalho</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>Substituir todo o conteúdo de {folder} pelo backup {file}?

{details}

Os dados atuais ficam guardados na pasta de backups do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>Ainda há trabalho em andamento. Interromper e restaurar o backup? Os itens concluídos são mantidos.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>Ainda há trabalho em andamento. Sair mesmo assim? Os itens concluídos são mantidos.</translation>
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
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Qual coluna contém o quê?</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>O Badgesmith deduziu pelos títulos das colunas; corrija se necessário. Uma coluna de nome completo tem prioridade sobre nome e sobrenome.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — coluna {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sem título)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>Mensagem aos alunos</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Escolher um idioma…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>Começar pela mensagem em</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>Usar esta mensagem só para “{achievement}”</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>Campos variáveis: {placeholders}. Uma linha cujos campos estejam todos vazios é omitida.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>O que o primeiro aluno receberia</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>Emita uma credencial nesta turma para ver uma pré-visualização.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(Sem pré-visualização enquanto a mensagem tiver o erro indicado à esquerda.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>Para: {name} &lt;{address}&gt;
Assunto: {subject}

{body}

Anexos: o certificado (PDF), a credencial (JSON), o badge (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>Substituir a mensagem</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>A mensagem pronta em {language} substitui o assunto e o texto que você escreveu. Substituir?</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não foi possível abrir o espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrompido durante o envio</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Enviada</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Falhou</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— sem endereço —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Resposta do servidor</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>Salvar estes gráficos e os seus números em PDF, para uma revisão de qualidade ou um órgão de acreditação</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>Nada para mostrar ainda. Depois que você realizar uma turma ou emitir credenciais, esta página mostra quantas foram emitidas por mês, a taxa de aprovação de cada turma, os critérios que os alunos não atingiram e quais credenciais expiram em breve.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>Credenciais emitidas por mês</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>Taxa de aprovação por turma</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>Alunos que não atingiram cada critério</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>Credenciais a renovar</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>Renovar selecionados…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>Emitir para os alunos selecionados novas credenciais que substituem as que estão expirando (Ctrl+clique seleciona vários)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}%</translation>
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
        <translation>{first}–{last} dias</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n credencial emitida neste período.</numerusform>
            <numerusform>%n credenciais emitidas neste período.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>Nenhuma credencial foi emitida neste período.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>Emitidas de {first} a {last}: {total}. Por mês: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>Alunos que cumprem os requisitos da conquista, entre os matriculados.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>Nenhuma turma com alunos foi realizada neste período.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: {eligible} de {learners} elegíveis ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>Dos alunos avaliados em um critério, a proporção que não o atingiu.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>Nenhum resultado foi registrado neste período.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}, {criterion}: {not_met} de {assessed} não o atingiram ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Credenciais que expiram em até %n dia</numerusform>
            <numerusform>Credenciais que expiram nos próximos %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n credencial expira em breve: selecione-a e renove.</numerusform>
            <numerusform>%n credenciais expiram em breve: selecione-as e renove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>Nenhuma credencial expira em até %n dia.</numerusform>
            <numerusform>Nenhuma credencial expira nos próximos %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>em {first} a {last} dias: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>relatório de visão geral {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>O relatório de visão geral foi salvo em {file}. Ele contém nomes de alunos: só você pode ler o arquivo até compartilhá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renovar %n selecionado…</numerusform>
            <numerusform>Renovar %n selecionados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>Renovar %n credencial? Se o aluno ainda cumprir os requisitos, ele recebe uma nova credencial que substitui a que está expirando: a data de concessão é mantida, e os arquivos antigos vão para a pasta &apos;replaced&apos; ao lado deles.</numerusform>
            <numerusform>Renovar %n credenciais? Cada aluno que ainda cumpre os requisitos recebe uma nova credencial que substitui a que está expirando: a data de concessão é mantida, e os arquivos antigos vão para a pasta &apos;replaced&apos; ao lado deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>Destino: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Deixadas de fora: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renovar credencial</numerusform>
            <numerusform>Renovar credenciais</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>A renovação assina cada nova credencial com a sua chave.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>Renovando credenciais…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Conquistas</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>Turmas &amp; avaliação</translation>
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
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
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
        <translation>Todas</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>Pelo menos {needed} de {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ obtida em {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>cumprido</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltam %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>dispensável</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>Diagrama dos requisitos da trilha</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>Esta conquista é uma trilha (obtida ao ter outras conquistas)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>Editar requisitos…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>Buscar alunos por nome ou e-mail</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>Progresso do aluno</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>Progresso do aluno…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>conquista {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>Nenhum aluno: só os requisitos</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: requisitos cumpridos em {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: ainda não — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>Sem pré-visualização</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Não é possível exibir este PDF.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Pode entrar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>não (removida)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>Todas as pessoas que entram neste banco de dados compartilhado e o que o papel de cada uma permite fazer. O próprio banco de dados aplica os papéis.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Adicionar pessoa…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Alterar papel…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} já pode entrar como {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>Remover {name}? Essa pessoa não poderá mais entrar; o registro de auditoria mantém, sob o nome dela, o que ela fez.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remover pessoa</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Escolha primeiro uma pessoa na lista.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>ex.: anna ou a.silva</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite novamente</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>Informe a senha pessoalmente; a pessoa entra com ela no próprio computador. O Badgesmith não a guarda.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Alterar papel</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>Um instrutor registra alunos e resultados; um emissor também emite e revoga credenciais e edita conquistas; um administrador também gerencia pessoas, chaves e configurações.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>As duas senhas são diferentes: digite a mesma senha duas vezes.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Confira antes de importar</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>Cada linha do arquivo e o que vai acontecer com ela. Para corrigir uma linha retida, clique duas vezes no nome, no e-mail ou na matrícula (ou selecione e pressione F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Importar %n aluno</numerusform>
            <numerusform>Importar %n alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada para importar</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>Nenhuma linha deste arquivo pode ser importada ainda: veja os motivos acima e corrija as linhas aqui ou no arquivo.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} não pode ser lido como PDF; nada foi impresso.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>A impressora {printer} não aceitou o trabalho; verifique-a e imprima de novo.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>A impressora parou de receber páginas; verifique-a e imprima de novo.</translation>
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
            <numerusform>%n página enviada para {printer}.</numerusform>
            <numerusform>%n páginas enviadas para {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Cancelado: %n de {total} páginas foi enviada para {printer}.</numerusform>
            <numerusform>Cancelado: %n de {total} páginas foram enviadas para {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>Não impressos:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresso</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Imprimindo {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>Quem concede as credenciais?</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>Isto é impresso em todos os certificados e gravado em todas as credenciais.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>ex.: Coletivo de Treinamento Northbridge</translation>
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
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <translation>Cancelando… concluindo o item em andamento.</translation>
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
        <translation>Nomes, conquistas e resultados dos alunos ficam públicos nestes endereços para quem os encontrar. Credenciais revogadas são removidas na próxima publicação.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>Publicar em qual pasta?</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>A publicação assina a lista de status com a sua chave.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>“Publicar” grava uma pasta para o seu site: a página de verificação, o seu perfil de emissor, a lista de status que torna as revogações visíveis e, se você usar o seu domínio, o did.json. Envie a pasta para qualquer hospedagem; o README.txt dentro dela diz onde vai cada arquivo.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org ou usuario.github.io:badges (opcional)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>Publicar o JSON de cada credencial (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Página de verificação</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>O código QR de cada certificado abre esta página; o código do certificado fica no #fragmento do link, que nunca chega ao servidor.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de status</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>Coloque-a na mesma pasta da página (por exemplo, status/1 ao lado de verify.html): assim a página mostra se um certificado foi revogado.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>Seu domínio (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>Deixe vazio se você não tiver domínio: quem verifica reconhece a sua chave pela impressão digital (did:key). Com o seu domínio, as credenciais o indicam como emissor e você envia o did.json para lá; novas chaves são adicionadas a ele e as antigas são mantidas, para que credenciais mais antigas continuem sendo verificadas.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} Isso dá ao LinkedIn e às carteiras digitais um endereço fixo para cada credencial.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Publicar em</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nenhuma pasta escolhida ainda.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>Salvo. As credenciais emitidas a partir de agora levam estes endereços.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>Publicar credenciais</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

Publicá-las?</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>As configurações de publicação</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(dados pessoais apagados)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>Requisitos da trilha</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Todas estas</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>Pelo menos N destas</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>O grupo selecionado exige</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N, quantas o grupo exige</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>O grupo selecionado exige:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>Conquista a adicionar</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Adicionar conquista</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Adicionar grupo</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>Um grupo aninhado, ex.: “pelo menos 2 de” dentro de “todas”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>Remover a conquista ou o grupo selecionado (Delete)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>Os alunos obtêm esta conquista ao ter as conquistas abaixo. Selecione um grupo para mudar o que ele exige ou para adicionar itens a ele.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>conquista {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>Pelo menos {needed} de %n</numerusform>
            <numerusform>Pelo menos {needed} destas %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} já está neste grupo.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>Revogar credencial</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>Revogar a credencial de {learner}? Você pode reativá-la depois.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>Motivo, ex.: emitida por engano: turma errada</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>Para revogar, é preciso a frase secreta da sua chave de assinatura.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>Layout do certificado</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>Perfil do emissor</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Chaves de assinatura</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emissores confiáveis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Conectar ao banco de dados compartilhado</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>Cada pessoa entra com o próprio nome; o seu papel define o que ela pode fazer.</translation>
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
        <translation>Entrar no banco de dados compartilhado</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>O banco de dados compartilhado {where} pede o seu nome e a sua senha.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>Cor principal</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Texto miúdo</translation>
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
        <translation>Antes do nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>Antes da conquista</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>Depois da conquista</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>Rótulo da data de emissão</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Rótulo da validade</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>No alto, centralizado</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>No alto, à esquerda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>No alto, à direita</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pol.)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>O idioma do emissor</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>Nenhum (um só idioma)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>Imprimir a página de microcredencial da UE</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>Quando a conquista tem elementos de microcredencial da UE, os certificados dela os listam numa segunda página.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>Logotipo e fundo</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>Logotipo do emissor</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>Signatários (nome, cargo e imagem da assinatura; até três)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>Cargo, ex.: Coordenador do curso</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Salvar layout</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Voltar ao modelo</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>Segundo idioma (bilíngue)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>A pré-visualização aparece aqui.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>esta conquista</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>O layout do certificado de “{name}”</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>Crie primeiro uma conquista: o layout do certificado dela é editado aqui.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Trocar o modelo</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>Outro modelo substitui as cores, os textos e os signatários que você alterou e não salvou. Descartar essas alterações?</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ Salvo: os certificados emitidos a partir de agora usam este layout.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>Identificador (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>Credenciais assinadas por estes emissores são verificadas como confiáveis. Importe o cartão do emissor que você recebeu deles (confira a impressão digital com eles).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emissores confiáveis</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>Nenhum emissor confiável ainda.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>Importar cartão do emissor…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>Importar um cartão do emissor</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>Cartão do emissor (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} agora é confiável (impressão digital da chave: {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>Deixar de confiar em {name}?</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>Remover emissor confiável</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>Restaurar o que foi removido (Ctrl+Z)</translation>
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
        <translation>Desbloquear a chave de assinatura</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>Para assinar, é preciso a frase secreta da sua chave. Ela fica na memória até você fechar o Badgesmith ou bloquear a chave.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Certificados e credenciais (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir arquivo…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>Colar o texto de um QR code</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…ou cole aqui o texto de um código QR lido (ou um link de verificação)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Verificar texto</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>Verificar de novo o mesmo arquivo ou texto, com o que este espaço de trabalho sabe agora</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Verificar uma credencial</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>Verifica a assinatura, a chave do emissor (a sua, uma confiável ou uma desconhecida), as datas, a revogação conforme este espaço de trabalho a conhece e se o código QR corresponde à credencial. Nada sai deste computador.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>Nenhuma credencial verificada ainda.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>Verificar um arquivo</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Ilegível</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Verificado às {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} Compare com o papel ou a página à sua frente.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>Uma conquista sem nome</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sem ID</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>Não é este aluno</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>A %n credencial do histórico, verificada individualmente</numerusform>
            <numerusform>As %n credenciais do histórico, cada uma verificada individualmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>Onde as pessoas podem verificar os seus certificados?</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>O código QR de um certificado pode abrir uma página no seu site que o verifica e mostra se você o revogou.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>O Badgesmith cria essa página e a sua lista de certificados revogados; você as envia para o seu site (Configurações ▸ Publicação ▸ Publicar).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>Ainda não tenho site</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>Vou colocar a página no meu site</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>Nesse caso, um celular que ler o certificado mostra o código dele como texto (a página Verificar do Badgesmith continua verificando-o), e as revogações ficam só neste computador. Você pode adicionar os endereços depois em Configurações ▸ Publicação; os certificados mantêm o que estava definido quando foram emitidos.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org ou usuario.github.io:badges  (opcional)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Página de verificação</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de status</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>A lista de status é a sua lista de certificados revogados; mantenha-a junto da página.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Seu domínio</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>Só se o domínio for seu e você puder enviar arquivos para ele: as credenciais então o indicam como emissor (did:web). Sem ele, a sua chave é reconhecida pela impressão digital (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>Digite o endereço que a sua página de verificação terá ou escolha “Ainda não tenho site”.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>Onde fica o seu espaço de trabalho</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>Conquistas, alunos, resultados e credenciais emitidas ficam numa única pasta.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Pasta do espaço de trabalho</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Escolher outra pasta…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>Faça o backup em Arquivo ▸ Fazer backup do espaço de trabalho…; o backup inclui a chave criptografada.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>Onde ficam os seus arquivos</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>Os dados ficam no banco de dados compartilhado; os certificados e os rascunhos de e-mail são gravados nesta pasta, neste computador.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Banco de dados: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Criando a sua chave de assinatura…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>A credencial não está assinada (não tem prova).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>A prova da credencial está malformada.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>A credencial precisa ter exatamente uma DataIntegrityProof com o conjunto criptográfico eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>A prova não indica nenhum método de verificação.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>A finalidade da prova não é assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>A chave de assinatura não pode ser usada: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>O valor da assinatura da prova está malformado.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>O @context da prova não corresponde ao da credencial.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>A credencial não pode ser processada: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>A assinatura não confere: a credencial foi alterada ou assinada com outra chave.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>A assinatura é válida.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>Verificado: o histórico e cada uma das suas {count} credenciais são autênticos, vigentes e de um emissor em que você confia.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>Verificado: o endosso é autêntico, vigente e assinado por uma chave em que você confia.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>Verificada: a credencial é autêntica, vigente e de um emissor em que você confia; se esse emissor a revogou depois, só ele pode confirmar.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>Verificada: a credencial é autêntica, vigente e de um emissor confiável.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>a credencial não passou em uma verificação.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>Assinada por uma chave desconhecida {fingerprint}: a assinatura está intacta, mas ninguém em quem você confia garante este emissor.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revogada: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>Expirada: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>Não verificada: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>Substituída por uma credencial mais recente: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>ela foi emitida de novo como {credential}; só a credencial mais recente está vigente.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Assinada pela chave atual {fingerprint} deste espaço de trabalho. Uma impressão digital é um código curto calculado a partir da chave pública (did:key): o mesmo código informado pelo emissor significa a mesma chave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Assinada pela chave aposentada {fingerprint} deste espaço de trabalho, mantida para verificação. Uma impressão digital é um código curto calculado a partir da chave pública (did:key): o mesmo código informado pelo emissor significa a mesma chave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Assinada pela chave {fingerprint} de um emissor que você importou como confiável. Uma impressão digital é um código curto calculado a partir da chave pública (did:key): o mesmo código informado pelo emissor significa a mesma chave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>Assinada por uma chave desconhecida {fingerprint}. Uma impressão digital é um código curto calculado a partir da chave pública (did:key): o mesmo código informado pelo emissor significa a mesma chave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Assinada pela chave atual {fingerprint} deste espaço de trabalho. A credencial identifica o emissor pelo domínio {domain} (did:web), cujo documento DID lista esta chave.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Assinada pela chave aposentada {fingerprint} deste espaço de trabalho, mantida para verificação. A credencial identifica o emissor pelo domínio {domain} (did:web), cujo documento DID lista esta chave.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Assinada pela chave {fingerprint} de um emissor que você importou como confiável. A credencial identifica o emissor pelo domínio {domain} (did:web), cujo documento DID lista esta chave.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>Assinada por uma chave desconhecida {fingerprint}. A credencial identifica o emissor pelo domínio {domain} (did:web), cujo documento DID lista esta chave.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>A credencial não tem uma data validFrom válida.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>A credencial só passa a valer em {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>Válida desde {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>A credencial não expira.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>A data validUntil da credencial está malformada.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>A credencial expirou em {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>Válida até {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>O arquivo não contém uma credencial (um objeto JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>O JSON da credencial mostra dados diferentes ({fields}) dos que a assinatura cobre.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>O que a credencial mostra é o que foi assinado.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>Sem uma assinatura válida, não é possível atribuir a chave de assinatura.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>Não há chave de assinatura para comparar com o emissor.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>O emissor indicado na credencial detém a chave de assinatura.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>A credencial indica o emissor {issuer}, mas foi assinada com outra chave ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>Não é possível ler as datas de uma credencial que não pode ser processada.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>O emissor revogou esta credencial em {day}: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>O emissor revogou esta credencial: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>Um histórico do aluno não tem status próprio: a revogação de cada credencial nele é verificada abaixo.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>Não é possível saber aqui se o emissor a revogou: só os registros do próprio emissor dizem isso (a lista de status dele: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>Não é possível saber aqui se o emissor a revogou: só os registros do próprio emissor dizem isso.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>Não revogada: este espaço de trabalho a emitiu e não a revogou.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Está de acordo com o esquema JSON oficial do Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>Não está de acordo com o esquema do OB 3.0: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>Não está de acordo com o esquema do OB 3.0: {problem} (e mais {more}).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>Tem a estrutura de um histórico do aluno CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>Não tem a estrutura de um histórico do aluno: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>Não tem a estrutura de um histórico do aluno: {problem} (e mais {more}).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>Endossado por {endorser} ({did}) em {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>Endossado por {endorser} ({did}) em {day}, válido até {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>Endossado por {endorser} ({did}) em {day}: “{comment}”</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>Endossado por {endorser} ({did}) em {day}, válido até {until}: “{comment}”</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>O endosso de {endorser} ({did}) expirou em {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>Um endosso em nome de {endorser} ({did}) está assinado por uma chave desconhecida, {fingerprint}: ninguém em quem você confia o garante, por isso ele não é mostrado como endosso. Importe o cartão do emissor do endossante para confiar nele.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>Um endosso não é verificado: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>A credencial traz um endosso de {endorser} ({did}), mas ele não é mostrado como tal: a própria credencial não foi verificada, e um endosso garante uma conquista, não quem a concede.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>O endosso não é mostrado como tal: o que o contém não foi verificado.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>O endosso é maior do que qualquer endosso chega a ser (no máximo {limit} caracteres de JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>Um endosso não pode conter endossos próprios.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>Os endossos que ela contém não são verificados: a assinatura da própria credencial não é válida.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>A conquista traz {count} endossos; o Badgesmith verifica no máximo {limit}, por isso ela não é verificada.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>a credencial traz o endosso {id} duas vezes.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>não é uma EndorsementCredential.</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>não indica o endossante.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>endossa {subject}, não a conquista desta credencial ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>está assinado pelo próprio emissor da credencial; um endosso deve vir de terceiros.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>Um histórico do aluno dentro de outro histórico não é aceito.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>O aluno do histórico não pode ser lido a partir do que a assinatura cobre, então não é possível saber de quem é esta credencial.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>Ela foi concedida a {recipient}, não a {learner}, de quem é este histórico.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>O histórico não contém credenciais.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>Cada uma das {count} credenciais do histórico é verificada por si só e foi concedida ao seu aluno.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>1 credencial do histórico não é verificada: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>Credenciais do histórico não verificadas: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>Credenciais do histórico não verificadas: {count} — {credentials} (e mais {more})</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>precisa de mais {count} entre: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>precisa de {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>precisa de {achievements} e {last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>Precisa de mais {count} entre: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>Precisa de {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>Precisa de {achievements} e {last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>Outra pessoa apagou este resultado nesse meio-tempo; a grade agora o mostra vazio.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>Outra pessoa alterou este resultado em {when}; a grade agora mostra o valor dela.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>Você alterou este resultado em {when}, em outra janela ou programa; a grade agora mostra esse valor.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>{person} alterou este resultado em {when}; a grade agora mostra o valor registrado por essa pessoa.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>Outra pessoa alterou esta evidência em {when}; a grade agora a mostra.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>Outra pessoa removeu esta evidência nesse meio-tempo; a grade agora não mostra nenhuma.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>Nenhuma pontuação registrada para {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: não registrado.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: reprovado.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: nenhum nível registrado.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: {level} está abaixo do nível exigido ({required}).</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>A pontuação {score} está abaixo da nota mínima de {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Não matriculado.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>O nome não pode ser impresso: nenhuma fonte tem {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>Não elegível: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>Já emitida.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>Revogada: uma credencial revogada só é renovada quando o aluno é indicado e a renovação confirmada.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>Sem endereço da página de verificação: um celular que escaneia o código QR vê só um código, não uma página que o verifica (Configurações ▸ Publicação).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>Nenhum endereço de lista de status definido: os certificados emitidos agora não trazem entrada de revogação, então revogar um deles depois só terá efeito neste computador e na página de verificação que você publicar (Configurações ▸ Publicação).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>A lista de status está em outro site que não o da página de verificação: a página só a lê do próprio site, então dirá que não conseguiu verificar a revogação.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>A lista de status está fora da pasta da página de verificação: o README.txt dirá onde enviá-la.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>A página Verificar do Badgesmith mostra a revogação na hora. Fora deste computador, ela aparece quando você publicar o site de novo (Publicar site…) e enviar a lista de status alterada: a página de verificação e outros verificadores leem essa lista.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>A página Verificar do Badgesmith mostra a revogação na hora. Este certificado foi emitido sem uma entrada na lista de status, então outros verificadores não a verão; a sua página de verificação sim, quando você publicá-la de novo e enviá-la: ela lista os certificados revogados até agora.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Emissor desconhecido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Substituída</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambíguo</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Ilegível</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>Emissor (segundo a credencial)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida em</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Chave do emissor</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Conquista</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de status</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>Link do QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Endossa</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}, versão {number}, deste espaço de trabalho</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>O arquivo é grande demais para ser verificado com a memória disponível.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>Um erro interno interrompeu a verificação deste arquivo; ele foi registrado no log. Nada pode ser dito sobre a credencial.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} é maior do que um certificado, uma credencial ou uma foto jamais é.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>Isto não é um PDF, uma credencial (JSON), uma imagem de QR nem um texto de QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>Este arquivo de credencial está salvo em UTF-16; credenciais são JSON em UTF-8. Salve-o em UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>A credencial está cercada de caracteres que o JSON não permite (por exemplo, espaços não separáveis); salve-a como JSON simples.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>Não há nada para verificar: cole o texto de um código QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>Este texto é muito mais longo do que cabe em um código QR; cole o texto de um único código QR ou abra o arquivo da credencial.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (segundo a credencial; a chave não é uma que você conheça)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>A credencial chama o emissor de {stated}, o que se lê como o nome deste espaço de trabalho, mas foi assinada com a chave em que você confia como {trusted}: ela não vem de você.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>A credencial chama o emissor de {stated}, mas você confiou nesta chave como {trusted}. Se o nome mudou, importe o novo cartão do emissor.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>Emitida por {issuer}, como você confiou nesta chave.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>O endosso indica como endossante {stated}, mas está assinado pela própria chave deste espaço de trabalho, cujo emissor é {current}: um endosso só é mostrado com o nome que a chave dele representa.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>A credencial chama o emissor de {stated}; o emissor deste espaço de trabalho agora se chama {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>O JSON não é uma credencial.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>Um certificado autêntico mostra: {recipient}, {achievement}, {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>Um histórico autêntico mostra: {recipient}, {achievement}, {day}.</translation>
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
        <translation>A assinatura do código QR não confere com o conteúdo: o certificado foi alterado ou não é autêntico.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>Assinado por uma chave desconhecida {fingerprint}: não é um emissor em que este espaço de trabalho confia.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (segundo o código QR; a chave não é uma que você conheça)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>O código QR está intacto e assinado pela chave atual deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>O código QR está intacto e assinado por uma chave aposentada deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>O código QR está intacto e assinado pela chave de um emissor confiável.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>O código QR está intacto e assinado por uma chave conhecida.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>Não é possível saber aqui se {issuer} a revogou: só os registros dele dizem isso.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>Não é possível saber aqui se o emissor a revogou: só os registros dele dizem isso.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>O registro deste espaço de trabalho não tem nenhuma credencial com este ID: o código QR de um histórico em PDF é o do histórico do aluno. Abra aqui o histórico em PDF para verificar cada credencial contida nele.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Expirou em {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Expirada.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>Válida até {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>Emitida por {issuer} para {recipient} pela conquista {achievement} em {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>Emitida por {issuer} para {recipient} pela conquista {achievement} em {day}. Se o emissor a revogou depois, só ele pode confirmar.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>Emitida por {issuer} para {recipient} pela conquista {achievement} em {day}. Se as credenciais dele foram revogadas desde então é verificado no histórico em PDF.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>O código QR leva à sua página de verificação.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>O código QR envia os celulares para {address}, que não é a sua página de verificação ({page}): o código impresso foi substituído, ou a sua página mudou de endereço depois que este certificado foi impresso.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>O código QR envia os celulares para {address}, que não é a sua página de verificação (nenhuma está definida): o código impresso foi substituído, ou a sua página mudou de endereço depois que este certificado foi impresso.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>O código QR leva ao site do próprio {issuer}.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>O código QR envia os celulares para {address}; o Badgesmith não consegue saber se essa página pertence a {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>O badge contém uma credencial em um formato que o Badgesmith não lê (só credenciais JSON são verificadas).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>A credencial foi embutida nesta imagem de badge; a imagem em si não é assinada, só a credencial contida nela.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>Nenhum código QR foi encontrado na imagem; tente uma foto mais nítida e reta.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>A imagem mostra {count} códigos QR diferentes, então não é possível saber qual é o do certificado: fotografe um de cada vez.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>O PDF não contém nenhuma credencial assinada, então nada nele pode ser verificado; os certificados do Badgesmith contêm uma. Para verificar o código QR, escaneie-o ou verifique uma foto dele.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>O PDF não tem selo: ele foi salvo de novo por outro programa, ou criado antes de o Badgesmith selar os certificados, então a página dele não pode ser garantida (a credencial contida nele foi verificada acima). Se o certificado for seu, exporte-o de novo na página Credenciais.</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>O PDF foi alterado depois de criado: o selo não confere com o arquivo, então a página pode mostrar algo diferente do que foi assinado.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>O arquivo está exatamente como o Badgesmith deste espaço de trabalho o criou (selado com a chave da credencial), então a página mostra o que foi assinado.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>O arquivo está exatamente como o emissor o selou com a chave que assinou a credencial: ninguém o alterou desde então. O que a página mostra é do próprio emissor; compare com os dados acima.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>O código QR impresso está ausente ou ilegível.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>A página tem mais de um código QR, então não é possível saber qual é o do certificado.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>Código QR: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>O código QR impresso não confere com a credencial embutida.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>O código QR não confere com a credencial embutida: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>O código QR confere com a credencial embutida.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>A frase secreta está errada: não foi possível desbloquear a chave de assinatura.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>o nome do aluno</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>o nome da conquista</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>o nome da sua organização</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>a data de concessão</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>a data de expiração (vazia quando não expira)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>o link público de verificação (vazio sem página de verificação)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>o link “Adicionar ao perfil” do LinkedIn</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>o identificador da credencial</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>O comentário tem {count} caracteres; o comentário de um endosso pode ter no máximo {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>O endosso seria válido até {day}, data que já passou: escolha uma data a partir de hoje.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>O endosso terminaria antes de começar.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} é maior do que qualquer solicitação de endosso chega a ser (no máximo {limit} MB).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} não é uma solicitação de endosso: não é um arquivo de texto (JSON em UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} não é uma solicitação de endosso: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} é uma credencial, não uma solicitação de endosso: abra o arquivo de solicitação que a instituição enviou.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} não é uma solicitação de endosso do Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} é uma solicitação de endosso de outro tipo (versão {version}); esta versão do Badgesmith lê a versão {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} não indica o ID de nenhuma conquista, então não há nada para endossar.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} não indica nenhuma conquista.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} não diz quem concede a conquista.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>identificação do aluno</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>país ou região do emissor</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>instituição emissora</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>data de emissão</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>resultados de aprendizagem</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>carga horária estimada</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>tipo de avaliação</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>modalidade de participação</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>tipo de garantia de qualidade</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>pré-requisitos</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>supervisão e verificação de identidade</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>nota obtida</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>integração ou acumulação</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>mais informações</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>Microcredencial da UE: todos os {total} elementos obrigatórios</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>Microcredencial da UE: {present} de {total} elementos obrigatórios — faltando: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>Este espaço de trabalho ainda não tem chave de assinatura: configure o emissor primeiro.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>Este espaço de trabalho ainda não tem emissor; configure-o primeiro.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} é uma conquista deste espaço de trabalho: um endosso vem de terceiros (um empregador ou uma entidade profissional), no Badgesmith deles.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} não contém um endosso legível: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} é uma solicitação de endosso, não um endosso: envie-a ao endossante, que a assina no Badgesmith dele (Arquivo ▸ Endossar uma conquista…, ou badgesmith endorse), e adicione o que ele devolver.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} não é um endosso (uma EndorsementCredential do Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} não foi adicionado: está assinado pela chave {fingerprint}, que você não importou como confiável. Qualquer um pode assinar em qualquer nome: importe o cartão do emissor do endossante (Configurações ▸ Emissores confiáveis), compare a impressão digital dele com a que o endossante informar e adicione o endosso de novo.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} não foi adicionado: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} não foi adicionado: o conteúdo assinado não indica ID, endossante nem conquista endossada.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} não foi adicionado: está assinado pela própria chave deste espaço de trabalho, e um endosso deve vir de terceiros.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} não foi adicionado: o nome do endossante tem {count} caracteres; o Badgesmith guarda nomes de no máximo {limit}.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>Este endosso já foi adicionado.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} não foi adicionado: esta versão já tem {count} endossos, o máximo que uma credencial leva. Remova primeiro um que não seja mais relevante.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} não foi adicionado: ele é verificado por si só, mas as credenciais desta versão não poderiam levá-lo: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>Não há nenhuma conquista com o ID {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} não foi adicionado: ele endossa {subject}, que não é uma versão de {achievement} (nem nenhuma conquista deste espaço de trabalho).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} não foi adicionado: ele endossa {other}, não {achievement}. Adicione-o a {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>Da versão {number}, uma versão anterior: as credenciais da versão atual não o levam (elas concedem outro ID de conquista). Peça a {endorser} que endosse a versão atual.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>Expirou em {day}: as novas credenciais deixam de levá-lo.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>Válido: as credenciais que você emitir de agora em diante para a versão {number} o levam.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>Esse endosso não está neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>{year} não é um ano com dados: escolha um de {first} a {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>Os dados pessoais do aluno foram apagados: a credencial não pode ser renovada.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>Ela já foi revogada ou renovada.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>O aluno não está mais matriculado na turma pela qual ela foi emitida.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>Outra pessoa está emitindo credenciais para esta turma agora; tente de novo quando ela terminar.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>Você está emitindo credenciais para esta turma desde {since}, em outra janela ou programa; tente de novo quando isso terminar.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} está emitindo credenciais para esta turma desde {since}; tente de novo quando essa pessoa terminar.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>Espaço de trabalho em {folder} copiado para o banco de dados compartilhado {where}: {rows} linhas em {tables} tabelas, em {seconds} s.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>Verificado em {seconds} s: cada tabela tem tantas linhas quanto antes; os {events} eventos do registro de auditoria são verificados; {verified} de {credentials} credenciais são verificadas como foram emitidas ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>Credenciais que já não eram verificadas no espaço de trabalho antigo e continuam sem ser: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>O arquivo do espaço de trabalho antigo é mantido como {kept}. {folder} é agora a parte do espaço de trabalho compartilhado que fica neste computador: certificados e rascunhos ficam nela.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>As outras pessoas se conectam com: badgesmith --database {where} (adicione-as antes com badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} já é a parte local de um espaço de trabalho compartilhado: não há nada a mover.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>Não há espaço de trabalho em {folder} para mover.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>O registro de auditoria deste espaço de trabalho já está corrompido ({problem}); nada foi copiado. Verifique-o com badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>O banco de dados {where} não está vazio (tabelas: {n}, ex.: {names}); migrate-to só copia um espaço de trabalho para um banco de dados vazio. Crie um novo (ex.: createdb badgesmith) e tente de novo.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>Alguém começou a usar o banco de dados {where} nesse meio-tempo; nada foi copiado.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>Outro programa está gravando no espaço de trabalho em {folder}; feche o Badgesmith lá e tente de novo. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>A cópia não tem as mesmas linhas que o espaço de trabalho: {tables}; nada foi copiado.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>O registro de auditoria não é verificado na cópia ({problem}); nada foi copiado.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>Credenciais verificadas no espaço de trabalho, mas não na cópia em {where}: {n} (ex.: {ids}); nada foi copiado.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>instrutor</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emissor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>Isto exige o papel de instrutor; você ({user}) não tem nenhum papel no Badgesmith. Fale com o seu administrador.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>Emitir, revogar e alterar conquistas exige o papel de emissor; você ({user}) entrou como {role}. Fale com o seu administrador ou com um emissor.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>Isto exige o papel de administrador; você ({user}) entrou como {role}. Fale com o seu administrador.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>O banco de dados compartilhado recusou esta alteração: o seu papel não permite isso. Nada foi salvo. Fale com o seu administrador.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>Um texto é mais longo do que o banco de dados compartilhado comporta; nada foi salvo. Encurte-o e tente de novo.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Outra pessoa alterou os mesmos dados no mesmo instante; nada foi salvo. Tente de novo.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>A conexão com o banco de dados compartilhado foi perdida; esta alteração não foi salva. Verifique a rede e tente de novo.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>Você não pode remover a si mesmo; outro administrador pode.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>Pessoas e papéis só existem em um banco de dados compartilhado; este espaço de trabalho fica somente neste computador.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>Alguém alterou o espaço de trabalho compartilhado enquanto o backup era verificado; nada foi restaurado. Tente de novo.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>Digite o endereço do banco de dados compartilhado, ex.: postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>O endereço do banco de dados tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>O endereço de um banco de dados compartilhado começa com postgresql:// (ex.: postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>Isto não é um endereço de banco de dados: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>O endereço não indica nenhum banco de dados: acrescente-o depois do servidor, ex.: postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>O banco de dados compartilhado precisa ser atualizado para esta versão do Badgesmith; o seu administrador faz isso entrando uma vez com esta versão.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>A sua conta do banco de dados {user} não tem nenhum papel no Badgesmith: peça ao seu administrador para incluir você.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>“{name}” não pode ser um nome de usuário: use letras minúsculas, dígitos, &apos;.&apos;, &apos;-&apos; ou &apos;_&apos;, até 63, começando com uma letra.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>“{name}” é reservado pelo banco de dados; escolha outro nome de usuário.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>Dê à nova pessoa uma senha com pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>Já existe uma conta do banco de dados chamada “{name}”.</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>As tabelas do banco de dados não são as desta versão do Badgesmith ({tables}); nada foi copiado.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>Uma linha da tabela {table} não pode ser gravada no banco de dados de destino ({reason}); nada foi copiado.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>Outras pessoas estão trabalhando no espaço de trabalho compartilhado agora; nada foi alterado. Tente de novo quando elas tiverem fechado o Badgesmith ou terminado o que estão fazendo.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>Somente a conta do banco de dados dona das tabelas do espaço de trabalho compartilhado ({owner}) pode copiar um espaço de trabalho inteiro para ele: o registro de auditoria que ele traz foi escrito em nome de outras pessoas. Entre como {owner} e tente de novo.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>As linhas copiadas violam as regras do banco de dados ({reason}); nada foi copiado.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>As chaves e os índices do banco de dados não puderam ser reconstruídos como estavam; nada foi copiado.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} contém um espaço de trabalho deste computador; escolha outra pasta para os arquivos do compartilhado (ou copie este para o banco de dados compartilhado com migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>Não foi possível configurar o banco de dados compartilhado {where}: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>O banco de dados compartilhado {where} não aceitou o nome e a senha. Confira os dados e entre de novo.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>A sua conta não pode mais entrar no banco de dados compartilhado {where}; fale com o seu administrador.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>O banco de dados indicado em {where} não existe; peça o endereço correto ao seu administrador.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>Não foi possível acessar o banco de dados compartilhado {where}: {reason}.</translation>
    </message>
</context>
</TS>
