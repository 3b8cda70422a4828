<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>出席（必須の評価項目をすべて完了）</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>得点（合計が合格点以上）</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>ルーブリック（必須の評価項目がすべて必要なレベルに到達）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>「{text}」は数値ではありません。</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>アチーブメントの取得方法（Markdown：**太字**、*斜体*、- 箇条書き）</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>得点で判定するアチーブメント用</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>カンマ区切り。例：救急法, 安全衛生</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>例：PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>例：ja または en-US</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>例：2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名前 *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>取得基準（説明文）</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>発行条件</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格点</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>アラインメント（対応するフレームワークや基準）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>バージョン表記</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>修了証のテンプレート</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> か月</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>合格点：{problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>単位：{problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>見習い訓練修了証</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>準学士</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>学士号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>認定証</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>資格認定</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>社会貢献活動</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>コンピテンシー</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>講座</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>課外活動</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>ディプロマ</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>博士号</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>フィールドワーク</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>高卒程度認定（GED）</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>熟練技能者証</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>学習プログラム</translation>
    </message>
    <message>
        <source>License</source>
        <translation>免許</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員資格</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>専門職博士</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>品質保証認定</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>マイスター資格</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>修士号</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>マイクロクレデンシャル</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>研究博士号</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>高校卒業資格</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name}（パスウェイ）（アーカイブ済み）</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name}（パスウェイ）</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（アーカイブ済み）</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>v{number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>新しいアチーブメント</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>発行数</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>アチーブメントはまだありません。「新しいアチーブメント」をクリックして、認定する内容を定義してください。</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブ済みを表示</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>アーカイブ…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>今後授与しないアチーブメントを非表示にします。クラスとデジタル証明書は残り、これまでどおり検証できます</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>新しいアチーブメント</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>アーカイブ解除</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}：%n件発行</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>バージョンごとの発行数 — {versions}。変更を保存すると新しいバージョンが作成されます。発行済みのデジタル証明書は元のバージョンのままです。</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>バージョンごとの発行数 — {versions}。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>アチーブメントのアーカイブ</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} をアーカイブしました。</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>{name} のアーカイブを元に戻しました。</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>{name} のアーカイブを解除しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>クラス%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>デジタル証明書%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts}と{credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>{name} をアーカイブしますか？アチーブメントの一覧から外れ、新しいクラスでは選べなくなります。「アーカイブ済みを表示」からアーカイブを解除できます。</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>{name} をアーカイブしますか？アチーブメントの一覧から外れ、新しいクラスでは選べなくなります。{kept}はそのまま残り、これまでどおり検証できます。「アーカイブ済みを表示」からアーカイブを解除できます。</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>保存するとこのアチーブメントの新しいバージョンが作成されます。{endorsers}によるエンドースメントは現在のバージョンに対するものなので、今後発行するデジタル証明書には含まれません。新しいバージョンのエンドースを推薦者に依頼してください。

それでも保存しますか？</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>アチーブメントを保存</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webアドレス</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>アラインメント</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>アラインメントを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>デモ用ワークスペースを作成できません</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>得点 {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>レベル：{levels}（必要：{level}）</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>レベル：{levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>合格 / はい / 出席、または 不合格 / いいえ / 欠席 と入力します</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>このクラスに登録されていません。</translation>
    </message>
    <message>
        <source>{learner}: {reason}</source>
        <translation>{learner}：{reason}</translation>
    </message>
    <message>
        <source>{learner}, {column}: {reason}</source>
        <translation>{learner}、{column}：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation>
            <numerusform>{learner}：「{text}」は保存されませんでした — {reason}（赤色の%n件の値は保存されていません）</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}：「{text}」は保存されませんでした — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>{learner} のエビデンス</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{learner} の{criterion}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ 発行対象</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>デジタル証明書の発行対象です。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されていません：{reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion}（任意）</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>発行可否</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>エビデンスのメモ</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>エビデンスのリンク</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>今すぐ署名鍵をバックアップしてください</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>このコンピューターを紛失したとき、あなたの発行として検証されるデジタル証明書を引き続き発行するには、鍵のバックアップが唯一の手段です。</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>バックアップファイルはパスフレーズで暗号化されます。引き出しにしまったUSBメモリーや組織の安全な保管場所など、このコンピューター以外の場所に保管してください。このファイルとパスフレーズの両方を持つ人は、あなたの名前で署名できます。</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>署名鍵をバックアップ…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>鍵のバックアップを保存</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-key-backup.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>鍵のバックアップ (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ {file} に保存しました。このコンピューターとは別の安全な場所に保管してください。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>鍵のパスフレーズを変更</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>すべての鍵（現在の鍵と使用終了した鍵）が再暗号化されます。以前に作成した鍵のバックアップは古いパスフレーズのままです。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>現在のパスフレーズ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>もう一度入力</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>新しいパスフレーズが一致しません。同じものを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>どこで作業しますか？</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>Badgesmith は、データをこのコンピューターに保存するか、複数の人で共有するデータベースサーバーに保存します。</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>共有データベース（学校・研修機関）</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>1 台のコンピューターで作業する講師や小規模なチーム向け：すべてを 1 つのフォルダーに保存します。次の手順で、デジタル証明書を授与するのは誰かを設定します。</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>複数の講師がそれぞれ自分のコンピューターから 1 つの記録を共有する場合：所属機関のデータベースサーバーにサインインします。新しいデータベースに最初に接続した人が、その初期設定を行います。</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>新しいクラス</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>例：救急法 — 2026年5月</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名前 *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>アチーブメント *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>先に「アチーブメント」ページでアチーブメントを定義してください。クラスは1つのアチーブメントの取得を目指します。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>このクラスが目指すアチーブメントを選んでください。</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>新しいクラス…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>受講者を登録…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>評価結果をインポート…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>CSVまたはExcelファイルから、このクラスの評価結果を記録します</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>評価結果をエクスポート…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>このクラスの評価結果をCSVファイルとして保存します（表計算ソフトで安全に開けます）</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>クラスを削除…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>デジタル証明書を1件も発行していないクラスを削除します（Badgesmithを閉じるまで元に戻せます）</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>クラスから外す…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>選択した受講者を、このクラスでの評価結果とともにクラスから外します（Badgesmithを閉じるまで元に戻せます）</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>発行数</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>クラスはまだありません。クラスとは、講座やイベントの1回分の開催のことです。クラスを作成し、受講者を登録して評価結果を記録してください。</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>評価表：受講者×評価項目</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>値を入力して Tab（次の評価項目）または Enter（次の受講者）を押します。各セルは入力と同時に保存されます。列見出しにマウスを合わせると、入力できる値が表示されます。Ctrl+Z で元に戻し、Ctrl+Shift+Z でやり直します。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>このクラスを削除します（Badgesmithを閉じるまで元に戻せます）</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>このクラスはデジタル証明書を発行済みで、その発行元としてたどれるよう残す必要があるため、削除できません。提供をやめるには、そのアチーブメントをアーカイブしてください。</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>アチーブメント：{achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>講師：{instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>受講者の取り組み。例：心肺蘇生のシナリオで落ち着いて手順どおりに対応した</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… 写真、動画、文書へのリンク（任意）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>{learner} のエビデンス</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>{total}人中%n人が発行対象</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>まだ受講者が登録されていません。「受講者を登録…」から登録してください。</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 保存しました</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>{cohort} 評価結果.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>評価結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>{cohort} の評価結果を {file} に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>クラス「{cohort}」を、%n件の受講登録とその評価結果とともに削除しますか？受講者は残ります。Badgesmithを閉じるまで元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>クラスの削除</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>クラス「{cohort}」を削除しました。</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>クラス「{cohort}」の削除を元に戻しました。</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>先に表で受講者を選択してください。</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>クラスから外す</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>{learner} を、このクラスでの評価結果とエビデンスとともに「{cohort}」から外しますか？受講者の一覧には残ります。Badgesmithを閉じるまで元に戻せます。</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>{learner} をクラス「{cohort}」から外しました。</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>{learner} をクラス「{cohort}」から外す操作を元に戻しました。</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>色を選択</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>共有データベース {where} はまだ誰も設定しておらず、設定には管理者ロールが必要です。管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>共有データベースに接続</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>複数の人が 1 つの記録を共有して作業します。各自が自分のアカウントでサインインし、ロールによってできることが決まります。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>例：db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>例：badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>サインインに使うユーザー名。例：anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>ファイル用のフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>これらの情報は管理者から受け取ります。Badgesmith はパスワードを保存しません。ワークスペースを再び開くときに入力を求めます。</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>このコンピューター上のファイル</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>データ（受講者、評価結果、デジタル証明書）はデータベースに保存され、修了証とメールの下書きはこのフォルダーに書き出されます。</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>共有ワークスペースのファイル用フォルダー</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— なし —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country}（{code}）</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>入力して国を検索</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — 要確認</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受領者</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>デジタル証明書ID</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>デジタル証明書を検索</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>受講者の氏名、メールアドレス、デジタル証明書IDで検索…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>%n日以内に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>発行済みのデジタル証明書</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>このデジタル証明書には修了証ファイルがありません。</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>発行時の修了証です。「再エクスポート」で今出力される形を見るには、署名鍵のロックを解除してください。</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>署名されたデジタル証明書（JSON）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>デジタル証明書（JSON）</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効させる…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>有効に戻す</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>確認して維持</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>要確認のデジタル証明書を確認し、そのまま維持します。要確認の印は消え、この判断は監査ログに記録されます</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>再エクスポート…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>選択した修了証を印刷します（Ctrl+クリックで複数選択）。失効したものは印刷されません</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>サイトを公開…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>検証ページ、ステータスリスト、発行者プロフィールを公開用フォルダー（設定 ▸ Web公開）に書き出します。失効させた後にアップロードしてください。</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>～</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>デジタル証明書</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>すべてのアチーブメント</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>まだデジタル証明書を発行していません。「発行」ページで発行してください。</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>発行済み{total}件中{shown}件を表示</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>デジタル証明書を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status}（{date}）：{reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>状態：{status} · 授与日 {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>要確認：{reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>この受講者の個人データは消去されたため、修了証は保存されていません。デジタル証明書は引き続き検証・失効できます。</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>修了証を読み込んでいます…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>このデジタル証明書の修了証ファイルは保存されていません。</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>修了証ファイルが書き出した場所にありません。「再エクスポート」で新しいコピーを作成してください。</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>{learner} の{achievement}をこのまま維持しますか？有効なままとなり、要確認の印は消え、この判断は監査ログに記録されます。（取り消す場合は「失効させる…」を使ってください。）</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>{learner}（{achievement}）のデジタル証明書を有効に戻しますか？失効の理由：{reason}。有効に戻すと、再び有効として検証されます。</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>理由の記録なし</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>デジタル証明書を有効に戻す</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>有効に戻すには署名鍵のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>再エクスポート先のフォルダー</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>{folder} に {first} と {second} を書き出しました。</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>再エクスポートすると、QRコードの内容にあなたの鍵で新たに署名します。</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

変更されたファイルをWebサイトにアップロードしてください。</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>ルーブリックのレベル</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>合格／出席</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>必要なレベル</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>評価項目を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>選択した評価項目のルーブリックのレベル（低い順）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>レベルを追加</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>レベルを削除</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>レベル{number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>評価項目「{name}」：{problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>各受講者の検証リンクには、あなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>配布</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>ご自身のメールアカウントから、各受講者に修了証（PDF）、デジタル証明書（JSON）、バッジ（PNG）をメールで送ります。メールを下書きとして保存し、メールソフトから送ることもできます。同じデジタル証明書が2回送られることはなく、失効したデジタル証明書は送られません。</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>メールアカウント…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>メッセージ…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>送信トレイ：誰に何を送ったか</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>LinkedInリンクをコピー</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>パッケージのフォルダーを開く</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>下書きとして保存…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}（%n件発行済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>{server} 経由で {address} として送信します。</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>メールアカウントが未設定です。「メールアカウント…」で設定するか、下書きとして保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>有効なデジタル証明書%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>送信済み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>送信待ち%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>失敗%n件（残りと一緒に再送信）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>メールアドレスなし%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>このクラスには有効なデジタル証明書がまだありません。先に発行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>受講者%n人に送信</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>何も送信されませんでした</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>送信が完了しました</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>送信を中止しました</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>送信に失敗しました</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>{cohort} に送信しています…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>パッケージと下書きの保存先</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>受講者{total}人中%n人には、すでにメールを送信済みです。この受講者の下書きも作成しますか？（下書きを送信すると、同じものが2通届きます。）</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

各 .eml ファイルをメールソフトで開いて送信してください。</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>下書きを保存しました</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>パッケージと下書きを保存しています…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>{learner} のLinkedInリンクをコピーしました：
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>LinkedInリンク</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>検証するファイルを選択</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>修了証や成績証明書のPDF、デジタル証明書や学習記録（.json）、QRコードの写真をここにドロップするか、クリックしてファイルを選択してください</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>アチーブメントをエンドース</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>他の研修提供者から、そのアチーブメントに対するエンドースメント依頼が届いたときに使います。エンドースメントはあなたの鍵で、あなたの発行者名で署名されます。先方がそれをアチーブメントに追加すると、以後に発行されるデジタル証明書に含まれます。</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>依頼ファイルを選択…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>依頼ファイルはまだ選択されていません。</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>コメント（例：会員にとってこのアチーブメントが価値を持つ理由）（任意）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>署名して保存…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>エンドースメント依頼を選択</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}（授与：{provider}）
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>コメントが%n文字あります。入力できるのは{limit}文字までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>エンドースメントの署名には、署名鍵のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - エンドースメント.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>署名したエンドースメントを保存</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>{achievement} へのエンドースメントを {file} に保存しました。{provider} に送ってください。先方があなたの発行者カードをまだ持っていない場合は、それも一緒に送ってください（設定 ▸ 署名鍵 ▸ 発行者カードをエクスポート…）。</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>バージョン{number}（旧）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>エンドースメント</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>エンドースメント依頼をエクスポート…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>このバージョンのアチーブメントを記載したファイルです。雇用主や職能団体が、各自のBadgesmithで署名します</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>エンドースメントを追加…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>先にアチーブメントを保存してください。エンドースメントは保存された内容に対して行われます。</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>エンドースメントはまだありません。依頼ファイルをエクスポートして雇用主や職能団体に送り、署名して返送されたエンドースメントを追加してください。それ以降に発行するデジタル証明書に含まれます。</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>エンドースメントは1つのバージョンに対するものです。変更によって新しいバージョンができたら、改めてエンドースメントを依頼してください。発行済みのデジタル証明書は、それぞれのエンドースメントを保持します。</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - エンドースメント依頼.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>エンドースメント依頼のエクスポート</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>{file} を書き出しました。雇用主または職能団体に送ってください。先方が各自のBadgesmith（ファイル ▸ アチーブメントをエンドース…）で署名して返送したエンドースメントを、ここで追加します。</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>エンドースメントの追加</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>{endorser} のエンドースメントを追加しました。{status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>{endorser} のエンドースメントを削除しますか？今後発行するデジタル証明書には含まれなくなります。発行済みのものには残ります。</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>エンドースメントの削除</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>{cohort} に受講者を登録</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>受講者を選択してください（複数選択は Ctrl+クリックまたは Shift+クリック、表示中のすべては Ctrl+A）：</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>選択した受講者を登録</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>受講者を1人以上選択してください。</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>{name} のデータを元に戻せないことを理解しました</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>個人データを消去しました</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>アクセスが拒否されました：{file}。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{reason} ({file}).</source>
        <translation>{reason}（{file}）。</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <source>An internal error stopped this ({error}); nothing was half-written. The details are in the log in {folder}; please report it.</source>
        <translation>内部エラーのため中断しました（{error}）。中途半端に書き込まれたものはありません。詳細は {folder} のログにあります。この問題をご報告ください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what}に未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>{what}に保存できない変更があります：{reason} 破棄しますか？</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>対面</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>ブレンド型（オンラインと対面）</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>監督なし</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>監督あり（本人確認なし）</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>監督あり（本人確認あり）</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>単独</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>積み上げ可能</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>EUマイクロクレデンシャル</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>1行に1つ：修了後に受講者ができること</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>想定学習量（時間）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>欧州資格枠組み（EQF）</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>レベル：資格枠組み</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>EQF、または自国の資格枠組み</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>資格枠組みのレベル</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>例：4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>レベルは該当なし</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>例：筆記試験と、評価者が立ち会う実技課題</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>例：評価結果の内部検証、コースの年次見直し</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>積み上げ先</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>Webアドレスまたは文章</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>ECTS単位：上の「単位」欄</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>積み上げ先</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>受講者、名称、発行日、授与機関は各デジタル証明書から、授与機関の国は「設定 ▸ 発行者プロフィール」から取得されます。</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>学習成果</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>評価の種類</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>参加形態</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>品質保証の種類</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>任意：</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>受講要件</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>監督と本人確認</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>その他の情報</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— 未指定 —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>要素を隠す</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>要素を表示</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>積み上げ先のデジタル証明書</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>{period}以内に期限が切れるデジタル証明書が%Ln件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.xlsx *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>1行に受講者1人を記載したCSVまたはExcel（.xlsx）ファイルを選びます。最後のページで確定するまで、何もインポートされません。</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>.csv または .xlsx ファイルのパス</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>受講者のインポート</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>Badgesmith へようこそ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>ファイルマネージャーを開けませんでした。フォルダーの場所：

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>Badgesmith ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>このインストールにはユーザーガイドがありません。Badgesmithを再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>画像を選択…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>ロゴを選択…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>ロゴの選択</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>背景を選択…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>背景なし</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>背景の選択</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>署名画像を選択…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>署名画像なし</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>署名画像の選択</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>（プレビューできません）</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>受講者のインポート</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} にファイルがありません。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}：%n行、{encoding}。{summary}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}：%n行。{summary}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ インポート対象</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ エラー</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>ファイル内で重複</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>ワークスペースに登録済み</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>受講者番号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>手動で修正しました。</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.tsv *.txt *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>評価結果のインポート — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>評価項目ごとに列があるCSVまたはExcelファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>評価結果を記録</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>各行では受講者をメールアドレス、受講者番号、氏名のいずれかで示し、列見出しには評価項目名を使います（任意で「評価者」「評価日」「備考」「エビデンスURL」の列も使えます）。確定するまで何も記録されません。</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>評価結果のインポート</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>Enter キーを押すとファイルを読み込みます。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>すべての行に問題はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>評価結果%n件を記録</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} 何も記録されませんでした。</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>アチーブメントのデザインに従う</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>なし（1言語）</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>受講者と発行の可否</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>受講者を選択すると、修了証のプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>修了証の保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>発行済みの受講者にも再発行する（授与日は維持）</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>選択した受講者に再発行…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>選択した受講者にのみ再発行します（再試験の後や、失効したデジタル証明書の代わりなど）。Ctrl+クリックで複数選択できます</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>クラスの印刷用ファイルを印刷します。出力フォルダー内の有効な修了証がすべて含まれます（失効したものは印刷されません）</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>発行</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>と</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>修了証の言語</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>プレビュー（未署名。発行される修了証には、あなたの鍵で署名したQRコードが入ります）：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>デジタル証明書の発行</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}（受講者%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}（パスウェイ：選択すると達成した受講者を表示）</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>クラスはまだありません。「クラス &amp; 評価」ページで作成してください。</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>プレビューするものはまだありません。</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>このクラスには受講者が登録されていません。</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}。このまま発行することもできますが、その場合デジタル証明書にはこれらの要素が含まれません。「アチーブメント」ページで追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>発行可能%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>発行済み%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>対象外%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>失効%n人（一括の再発行には含まれません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>デジタル証明書%n件を発行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>選択した%n人に再発行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>描画しています…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>発行時には、各デジタル証明書にあなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>{learner} のデジタル証明書 {credential} は失効しています。再発行すると、新しい有効なデジタル証明書が発行されます。失効したものは失効したままで、検証する人にも引き続き失効と表示されます。再発行しますか？</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>{learner} に新しいデジタル証明書を発行しますか？{credential} は置き換えられ、新しいデジタル証明書で置き換え済みとして検証されます。授与日は維持され、古いファイルは出力フォルダー内の「replaced」フォルダーに移動されます。</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>受講者%n人（{names}）に新しいデジタル証明書を発行しますか？各受講者のデジタル証明書は置き換えられ、新しいもので置き換え済みとして検証されます。授与日は維持され、古いファイルは出力フォルダー内の「replaced」フォルダーに移動されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>失効：{names}。それぞれに新しい有効なデジタル証明書が発行されます。失効したものは失効したままで、検証する人にも引き続き失効と表示されます。</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>対象外：{names}（未発行、発行対象外、または氏名を印刷できないため）。</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>デジタル証明書の再発行</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>発行に失敗しました</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>すでに発行中です</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>{cohort} のデジタル証明書を発行しています…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} ほか%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>発行済み — 要確認</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>氏名を印刷できません</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ 発行可能</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>一括の再発行では対象外です。受講者を選択して「選択した受講者に再発行」を使ってください。</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>元になったデジタル証明書が失効しました。「デジタル証明書」ページで維持するか失効させてください。</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>発行が完了しました</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>発行を中止しました</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>発行 {issued} · スキップ {skipped} · 失敗 {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>キャンセルしました。発行済みに数えたデジタル証明書は完成しています。残りを発行するには、もう一度発行してください。重複して発行されることはありません。</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>印刷用PDF：{file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>失効した修了証%n件は印刷用ファイルから除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>フォルダー：{folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>以前のデザインまたはバージョンで作成</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>失効のため印刷用ファイルに含まれません</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>例：1337（任意）</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webアドレス</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>例：大阪府、バイエルン州（任意）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>デジタル証明書には授与元の国（と地域）が記載されます。EUマイクロクレデンシャルには必須です。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>修了証、受講者へのメッセージ、確認ページはこの言語になります（アチーブメントやクラスで別の言語を選んだ場合を除く）。</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>修了証をオンラインで確認する場所（検証ページ、ステータスリスト、独自ドメイン）は「Web公開」タブで設定します。</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>LinkedIn組織ID</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>LinkedInの会社ページの管理用アドレスに含まれる番号です。受講者の「プロフィールに追加」リンクに、組織名とロゴが表示されるようになります。</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロフィールを保存</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>発行者プロフィール</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>発行者プロフィールを保存しました。今後発行するデジタル証明書に反映されます。</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>署名鍵を保護する</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>Badgesmithは新しい署名鍵を作成し、このパスフレーズで暗号化して保管します。デジタル証明書を発行するときや失効させるときに、このパスフレーズを入力します。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>もう一度入力</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>%Ln文字以上。短い文にすると、覚えやすく推測されにくくなります。忘れた場合、誰にも復元できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>パスフレーズは%Ln文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>パスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>現在の鍵（新しいデジタル証明書に署名）</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>使用終了（検証には引き続き使用）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>使用終了日</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>識別子（did:key）</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>署名鍵は、デジタル証明書があなたから発行されたことを証明します。使用を終了した鍵も保管されるため、その鍵で署名したデジタル証明書は引き続き検証できます。</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>鍵をバックアップ…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>発行者カードをエクスポート…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>鍵を切り替え…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>署名鍵のバックアップ</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>バックアップファイルには、パスフレーズで暗号化された署名鍵が入っています。

このファイルとパスフレーズの「両方」を持つ人は、あなたの名前でデジタル証明書を発行できます。このコンピューターとは別の場所（引き出しにしまったUSBメモリーや組織の安全な保管場所など）に保管してください。パスフレーズと一緒に保管したり、メールで送ったりしないでください。</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>鍵のバックアップを保存</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>鍵のバックアップ (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>鍵のバックアップを {path} に保存しました。このコンピューターとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>発行者カードの保存</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>発行者カード (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>発行者カードを {path} に保存しました。あなたのデジタル証明書を信頼してほしい相手と共有してください。秘密の情報は含まれていません。</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>パスフレーズを変更しました。鍵のバックアップを新たに作成してください。以前のバックアップには古いパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>署名鍵の切り替え</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>新しい署名鍵を作成し、現在の鍵の使用を終了しますか？発行済みのデジタル証明書は引き続き検証できます。切り替えた後、検証ページと発行者カードを改めて公開してください。</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>新しい署名鍵を使用しています。今すぐバックアップしてください（「鍵をバックアップ…」）。</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>Badgesmithの表示言語</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>次回の起動からこの言語で表示されます。badgesmith --lang CODE または環境変数 {variable} を使うと、その起動時だけ別の言語を選べます。</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>保存しました：次回の起動から{language}で表示されます。</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>受講者の編集</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>受講者の追加</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>氏名 *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>受講者番号</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>受講者番号</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>氏名、メールアドレス、受講者番号で絞り込み…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>名で並べ替え</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>姓で並べ替え</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>姓：氏名の最後の語とみなします</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>受講者を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>誤って入力した受講者を削除します（デジタル証明書を持つ受講者は削除できません。Badgesmithを閉じるまで元に戻せます）</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>個人データを消去…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>消去権への対応：受講者のデータは完全に削除され、デジタル証明書は引き続き検証・失効できます</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>学習記録…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>選択した受講者の全記録を署名付きで保存します。PDFの成績証明書（QRコードと記録データ入り）、またはウォレットや雇用主が読み取るCLR 2.0ファイルを選べます</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>他の発行者のデジタル証明書…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>選択した受講者が信頼する発行者から取得したデジタル証明書（JSONまたは修了証のPDF）を追加します。追加前に検証され、そのアチーブメントを含むパスウェイの達成状況に反映されます</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>すべての受講者を、お使いの表計算ソフトの形式に合わせたCSVファイルとして保存します（安全に開けます）</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>ファイルからインポート…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>受講者を検索</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>受講者はまだいません。追加するか、表計算ファイルからインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln人が一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>受講者%Ln人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>{name} を、受講登録と評価結果とともに削除しますか？Badgesmithを閉じるまで元に戻せます。</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>受講者の削除</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>受講者 {learner} を削除しました。</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>受講者 {learner} の削除を元に戻しました。</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>受講者.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>受講者のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>受講者を {file} に保存しました。</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>先に受講者を選択してください。学習記録には、その受講者が取得した現在有効なデジタル証明書がすべて含まれます。</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>PDFの成績証明書 (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>CLR 2.0 学習記録 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - 学習記録.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>{name} の学習記録を保存</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>{name} の学習記録を {file} に保存しました。個人データが含まれるため、共有するまではあなただけが読めるファイルになっています。</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>学習記録には署名が付くため、署名鍵のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>先に、デジタル証明書を取得した受講者を選択してください。</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>{name} が他で取得したデジタル証明書の追加</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>デジタル証明書 (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>{issuer} の{achievement}を {name} の記録に追加しました。これを含むパスウェイの達成状況に反映されます。</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常はポート587）</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS（通常はポート465）</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>なし（信頼できるネットワーク内のみ）</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>送信用メールアカウント</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>例：smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>受講者に表示され、返信先になるアドレス</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>Badgesmithはご自身のアカウントを使い、「送信」を押したときにだけ送信します。パスワードは署名鍵のパスフレーズで暗号化して保存されます。</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>サーバー *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>差出人アドレス *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>テストメッセージを送信…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>保存済み（変更しない場合は空欄のまま）</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>パスワードは鍵のパスフレーズで暗号化して保存されます。</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>テストメッセージの送信</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>テストメッセージの送信先：</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>サーバーがテストメッセージを受け付けました：
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>保存されたメールのパスワードは、鍵のパスフレーズで暗号化されています。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新しいワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったワークスペース(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>共有データベースに接続(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>ワークスペースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>ワークスペースを復元(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>アチーブメントをエンドース(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>署名鍵のロックを解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>署名鍵をロック(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>Badgesmith ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>Badgesmith について(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>Badgesmith について</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
署名付きの Open Badges 3.0 デジタル証明書と、検証できる紙の修了証を、オフラインで。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>ロック解除…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>共有データベース {server}/{database} — {user}（{role}）</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>データ：{address}
ファイル：{folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>ワークスペース：{folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>署名鍵：このセッション中はロック解除</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>署名鍵：ロック中</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>新しいワークスペース用の空のフォルダーを選択</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>{folder} は空ではありません。空のフォルダーを選択するか作成してください。</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>ワークスペースのフォルダーを開く</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>{folder} にはBadgesmithのワークスペースがありません。</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>処理がまだ実行中です。中止して別のワークスペースを開きますか？完了した項目は保持されます。</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>ワークスペースのバックアップ</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>バックアップ (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>{file} にバックアップしました（あなたの鍵で署名済み）。</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>復元時にあなたのバックアップであることを確認できるよう、バックアップにはあなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>バックアップからワークスペースを復元</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>ワークスペースの復元</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>{folder} の内容をすべてバックアップ {file} で置き換えますか？

{details}

現在のデータは、ワークスペースのバックアップ用フォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>処理がまだ実行中です。中止してバックアップを復元しますか？完了した項目は保持されます。</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>処理がまだ実行中です。終了しますか？完了した項目は保持されます。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>受講者番号</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>どの列に何が入っていますか？</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>Badgesmithが列見出しから推測しました。必要に応じて修正してください。氏名の列は、姓と名の列より優先されます。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（ファイルにありません）</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — {number}列目</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（見出しなし）</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>受講者へのメッセージ</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>言語を選択…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>次の言語のメッセージから始める</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>このメッセージを「{achievement}」にのみ使用する</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>差し込み項目：{placeholders}。差し込み項目がすべて空の行は省略されます。</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>最初の受講者に届く内容</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>プレビューを表示するには、このクラスでデジタル証明書を発行してください。</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>（左に示した誤りがある間はプレビューできません。）</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>宛先：{name} &lt;{address}&gt;
件名：{subject}

{body}

添付：修了証（PDF）、デジタル証明書（JSON）、バッジ（PNG）</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>メッセージの置き換え</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>{language}の定型メッセージで、入力した件名と本文が置き換えられます。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>下書き保存済み</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>送信中に中断</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ 送信済み</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— アドレスなし —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>サーバーの応答</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>これらのグラフと数値をPDFに保存します（品質レビューや認定機関への提出用）</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>まだ表示する内容がありません。クラスを実施するかデジタル証明書を発行すると、月ごとの発行数、クラスごとの合格率、受講者が満たさなかった評価項目、まもなく期限が切れるデジタル証明書がこのページに表示されます。</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>月別のデジタル証明書発行数</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>クラス別の合格率</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>評価項目別の未達成者</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>再発行するデジタル証明書</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>選択項目を再発行…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>選択した受講者に、期限が切れるデジタル証明書に代わる新しいデジタル証明書を発行します（Ctrl+クリックで複数選択）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {total}人中{count}人</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}：{criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}～{last}日</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>この期間に発行されたデジタル証明書は%n件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>この期間に発行されたデジタル証明書はありません。</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>{first}～{last}の発行数は{total}件：{months}。</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>在籍する受講者のうち、アチーブメントの要件を満たした受講者の割合です。</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>この期間に実施された、受講者のいるクラスはありません。</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}：{learners}人中{eligible}人が発行対象（{percent}）</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>評価項目ごとに、評価を受けた受講者のうち、その項目を満たさなかった受講者の割合です。</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>この期間に記録された評価結果はありません。</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}、{criterion}：{assessed}人中{not_met}人が未達成（{percent}）</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>今後%n日以内に期限が切れるデジタル証明書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n件のデジタル証明書がまもなく期限切れになります。選択して再発行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>今後%n日以内に期限が切れるデジタル証明書はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>{first}～{last}日後：{count}件</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>概要レポート {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>概要レポートを {file} に保存しました。受講者の氏名が含まれています。共有するまで、このファイルはあなただけが読めます。</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>選択した%n件を再発行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>デジタル証明書%n件を再発行しますか？要件を引き続き満たしている受講者には、期限が切れるものに代わる新しいデジタル証明書が発行されます。授与日は維持され、古いファイルは同じ場所の「replaced」フォルダーに移動されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>保存先：{folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>対象外：{reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>デジタル証明書の再発行</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>再発行時には、新しい各デジタル証明書にあなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>デジタル証明書を再発行しています…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>クラス &amp; 評価</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>配布</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>デジタル証明書</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>すべて</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>{total}件中{needed}件以上</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未取得</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ {date} 取得</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>達成</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>あと%n件必要</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>パスウェイの要件の図</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>パスウェイ</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>このアチーブメントはパスウェイ（他のアチーブメントの取得で達成）</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>要件を編集…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>受講者を氏名またはメールアドレスで検索</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>受講者の進捗</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>受講者の進捗…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>アチーブメント {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>受講者なし：要件のみ</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}：{date}に達成。</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}：未達成 — {reasons}。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>このPDFは表示できません。</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>可</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>不可（削除済み）</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>この共有データベースにサインインするすべてのユーザーと、それぞれのロールでできること。ロールの制限はデータベース自体が適用します。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>ユーザーを追加…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>ロールを変更…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} は{role}としてサインインできるようになりました。</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>{name} を削除しますか？今後はサインインできなくなります。監査ログには、このユーザーの操作がその名前のまま残ります。</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>先に一覧でユーザーを選択してください。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>例：anna または a.smith</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>もう一度入力</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>パスワードは本人に直接伝えてください。本人は自分のコンピューターでそのパスワードを使ってサインインします。Badgesmith はパスワードを保管しません。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>講師は受講者と評価結果を記録します。発行者はさらに、デジタル証明書の発行と失効、アチーブメントの編集ができます。管理者はさらに、ユーザー、鍵、設定を管理できます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>インポート前の確認</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>ファイルの各行と、その行がどう扱われるかを示します。保留された行を修正するには、氏名、メールアドレス、受講者番号をダブルクリックしてください（または選択して F2 キーを押します）。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>受講者%n人をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>インポートする行はありません</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>このファイルにはまだインポートできる行がありません。上の理由を確認し、ここまたはファイルで行を修正してください。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>{file} をPDFとして読み込めないため、何も印刷されませんでした。</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>プリンター {printer} が印刷ジョブを受け付けませんでした。プリンターを確認して、もう一度印刷してください。</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>プリンターがページを受け付けなくなりました。プリンターを確認して、もう一度印刷してください。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} を印刷</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>{printer} に%nページを送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>キャンセルしました：{total}ページ中%nページを {printer} に送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>印刷されなかったファイル：
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷しました</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>{title} を印刷しています…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>デジタル証明書を授与するのは誰ですか？</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>この情報はすべての修了証に印刷され、すべてのデジタル証明書に記録されます。</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>例：ノースブリッジ研修センター</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://… （任意）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webアドレス</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>キャンセルしています… 処理中の項目を完了させています。</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done}/{total}：{item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>受講者の氏名、アチーブメント、評価結果がこれらのアドレスで公開され、見つけた人は誰でも閲覧できます。失効したデジタル証明書は、次に公開するときに削除されます。</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>どのフォルダーに公開しますか？</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>公開時には、ステータスリストにあなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>「公開」を押すと、Webサイト用のフォルダーが1つ書き出されます。中身は検証ページ、発行者プロフィール、失効を知らせるステータスリスト、独自ドメインを使う場合は did.json です。このフォルダーを任意のWebサーバーにアップロードしてください。各ファイルの置き場所は、フォルダー内の README.txt に書かれています。</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org、または user.github.io:badges（任意）</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>各デジタル証明書のJSONを公開する（credentials/&lt;id&gt;.json）</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>検証ページ</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>各修了証のQRコードからこのページが開きます。修了証のコードはリンクの #フラグメントに含まれ、サーバーには送信されません。</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>ステータスリスト</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>ページと同じフォルダーに置いてください（例：verify.html と同じ場所に status/1）。ページに、修了証が失効しているかどうかが表示されるようになります。</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>独自ドメイン（did:web）</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>ドメインがない場合は空欄のままにします。その場合、検証する人はフィンガープリント（did:key）であなたの鍵を識別します。ドメインを指定すると、デジタル証明書にはそのドメインが発行者として記載され、did.json をそこにアップロードします。新しい鍵は did.json に追加され、古い鍵も残るため、以前のデジタル証明書も引き続き検証できます。</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} これにより、LinkedInやウォレットから各デジタル証明書を固定のアドレスで参照できます。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>公開先</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>フォルダーがまだ選択されていません。</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>保存しました。今後発行するデジタル証明書には、これらのアドレスが記載されます。</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>デジタル証明書の公開</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

公開しますか？</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>公開設定</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>（個人データ消去済み）</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>パスウェイの要件</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>次のすべて</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>次のうちN件以上</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>選択したグループの条件</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N（グループに必要な件数）</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>選択したグループの条件：</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>追加するアチーブメント</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>アチーブメントを追加</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループを追加</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>入れ子のグループ。例：「次のすべて」の中に「次のうち2件以上」</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>選択したアチーブメントまたはグループを削除します（Delete）</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>受講者は、以下のアチーブメントを取得することでこのアチーブメントを達成します。グループを選択すると、その条件を変更したり、項目を追加したりできます。</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>アチーブメント {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>次の%n件のうち{needed}件以上</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} はすでにこのグループにあります。</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>デジタル証明書の失効</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>{learner} のデジタル証明書を失効させますか？後で有効に戻すこともできます。</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>理由。例：誤発行（クラスの誤り）</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効させる</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>失効させるには署名鍵のパスフレーズが必要です。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>修了証のデザイン</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>発行者プロフィール</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Web公開</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>信頼する発行者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>共有データベースに接続</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>各自が自分のアカウントでサインインし、ロールによってできることが決まります。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>共有データベースにサインイン</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>共有データベース {where} にサインインするには、ユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>メインカラー</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>アクセント</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>小さな文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>氏名の前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>アチーブメントの前</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>アチーブメントの後</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>発行日のラベル</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>有効期限のラベル</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>上部中央</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>USレター（8.5 × 11 インチ）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>発行者の言語</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>なし（1言語）</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>EUマイクロクレデンシャルのページを印刷</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>アチーブメントにEUマイクロクレデンシャルの要素がある場合、修了証の2ページ目にそれらを記載します。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文言</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>ロゴと背景</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>発行者のロゴ</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>署名者（氏名、肩書き、署名画像。最大3人）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>肩書き（例：講座責任者）</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>デザインを保存</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>テンプレートに戻す</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>第2言語（2言語併記）</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>このアチーブメント</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>「{name}」の修了証デザイン</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>先にアチーブメントを作成してください。その修了証のデザインをここで編集します。</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>テンプレートの変更</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>別のテンプレートにすると、変更後に保存していない色、文言、署名者が置き換えられます。これらの変更を破棄しますか？</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ 保存しました。今後発行する修了証にはこのデザインが使われます。</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webアドレス</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>識別子（did:key）</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>これらの発行者が署名したデジタル証明書は、信頼済みとして検証されます。受け取った発行者カードをインポートしてください（フィンガープリントは相手に確認してください）。</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>信頼する発行者</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>信頼する発行者はまだありません。</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>発行者カードをインポート…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>発行者カードのインポート</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>発行者カード (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} を信頼する発行者に追加しました（鍵のフィンガープリント {fingerprint}）。</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>{name} の信頼を解除しますか？</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>信頼する発行者の削除</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>削除したものを元に戻します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>{undo} ({count})</source>
        <comment>the Undo button and how many removals it can undo</comment>
        <translation>{undo}（{count}）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the signing key</source>
        <translation>署名鍵のロック解除</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>署名には鍵のパスフレーズが必要です。パスフレーズは、Badgesmithを閉じるか鍵をロックするまでメモリーに保持されます。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>修了証とデジタル証明書 (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>QRコードのテキストを貼り付け</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…または、スキャンしたQRコードのテキスト（または検証リンク）をここに貼り付け</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>テキストを検証</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再検証</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>同じファイルまたはテキストを、このワークスペースの最新の情報でもう一度検証します</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>デジタル証明書の検証</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>署名、発行者の鍵（あなたの鍵、信頼する鍵、不明な鍵）、日付、このワークスペースが把握している失効状況、QRコードとデジタル証明書の一致を確認します。情報がこのコンピューターの外に送られることはありません。</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>まだデジタル証明書を検証していません。</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>ファイルの検証</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>{time} に検証</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}：{summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} お手元の紙またはページと照合してください。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>名前のないアチーブメント</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>IDなし</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>この受講者ではありません</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>学習記録内のデジタル証明書%n件（それぞれ個別に検証）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>修了証はどこで確認できますか？</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>修了証のQRコードから、Webサイト上のページを開けるようにできます。このページは修了証を検証し、失効しているかどうかを表示します。</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>このページと失効した修了証の一覧はBadgesmithが作成します。それをWebサイトにアップロードしてください（設定 ▸ Web公開 ▸ 公開）。</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>まだWebサイトがない</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>自分のWebサイトにページを置く</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>この場合、修了証をスマートフォンでスキャンするとコードがテキストで表示され（Badgesmithの「検証」ページで確認できます）、失効の情報はこのコンピューター内にとどまります。アドレスは後から「設定 ▸ Web公開」で追加できます。修了証には発行時の設定が残ります。</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org、または user.github.io:badges（任意）</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>検証ページ</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>ステータスリスト</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>ステータスリストは失効した修了証の一覧です。ページと同じ場所に置いてください。</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>独自ドメイン</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>ドメインを所有し、ファイルをアップロードできる場合にのみ指定します。デジタル証明書にはそのドメインが発行者として記載されます（did:web）。指定しない場合、鍵はフィンガープリント（did:key）で識別されます。</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>検証ページのアドレスを入力するか、「まだWebサイトがない」を選んでください。</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>ワークスペースの保存場所</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>アチーブメント、受講者、評価結果、発行したデジタル証明書は1つのフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>ワークスペースのフォルダー</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>別のフォルダーを選択…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>「ファイル ▸ ワークスペースをバックアップ…」からバックアップできます。バックアップには暗号化された鍵も含まれます。</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>ファイルの保存場所</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>データは共有データベースに保存され、修了証とメールの下書きはこのコンピューター上のこのフォルダーに書き出されます。</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>データベース：{where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>署名鍵を作成しています…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>デジタル証明書に署名がありません（プルーフがありません）。</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>デジタル証明書のプルーフの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>デジタル証明書には、暗号スイート eddsa-rdfc-2022 の DataIntegrityProof がちょうど1つ必要です。</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>プルーフに検証方法が指定されていません。</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>プルーフの目的が assertionMethod ではありません。</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>署名鍵を使用できません：{problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>プルーフの署名値の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>プルーフの @context がデジタル証明書のものと一致しません。</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>デジタル証明書を処理できません：{problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>署名が一致しません。デジタル証明書が改ざんされたか、別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>署名は有効です。</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>検証済み：学習記録と、そこに含まれる {count} 件のデジタル証明書はすべて本物で有効であり、信頼する発行者によるものです。</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>検証済み：エンドースメントは本物で、有効期間内であり、信頼する鍵で署名されています。</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>検証済み：デジタル証明書は本物で有効であり、信頼する発行者によるものです。その発行者が後から失効させたかどうかは、発行者本人にしか確認できません。</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>検証済み：デジタル証明書は本物で有効であり、信頼できる発行者によるものです。</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>デジタル証明書がいずれかの確認項目を満たしていません。</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>不明な鍵 {fingerprint} で署名されています。署名は改ざんされていませんが、あなたが信頼するどの発行者もこの発行者を保証していません。</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>失効：{reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>期限切れ：{reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>未検証：{reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>新しいデジタル証明書に置き換え済み：{reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>{credential} として再発行されています。有効なのは新しいデジタル証明書だけです。</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>このワークスペースの現在の鍵 {fingerprint} で署名されています。フィンガープリントとは公開鍵から計算される短いコード（did:key）で、発行者から伝えられたコードが同じなら同じ鍵です。</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>このワークスペースの使用終了した鍵 {fingerprint}（検証用に保管）で署名されています。フィンガープリントとは公開鍵から計算される短いコード（did:key）で、発行者から伝えられたコードが同じなら同じ鍵です。</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>信頼する発行者としてインポートした発行者の鍵 {fingerprint} で署名されています。フィンガープリントとは公開鍵から計算される短いコード（did:key）で、発行者から伝えられたコードが同じなら同じ鍵です。</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>不明な鍵 {fingerprint} で署名されています。フィンガープリントとは公開鍵から計算される短いコード（did:key）で、発行者から伝えられたコードが同じなら同じ鍵です。</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>このワークスペースの現在の鍵 {fingerprint} で署名されています。デジタル証明書はウェブドメイン {domain}（did:web）で発行者を示しており、その DID ドキュメントにこの鍵が記載されています。</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>このワークスペースの使用終了した鍵 {fingerprint}（検証用に保管）で署名されています。デジタル証明書はウェブドメイン {domain}（did:web）で発行者を示しており、その DID ドキュメントにこの鍵が記載されています。</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>信頼する発行者としてインポートした発行者の鍵 {fingerprint} で署名されています。デジタル証明書はウェブドメイン {domain}（did:web）で発行者を示しており、その DID ドキュメントにこの鍵が記載されています。</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>不明な鍵 {fingerprint} で署名されています。デジタル証明書はウェブドメイン {domain}（did:web）で発行者を示しており、その DID ドキュメントにこの鍵が記載されています。</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>デジタル証明書に有効な validFrom の日付がありません。</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>このデジタル証明書が有効になるのは {moment} からです。</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>{moment} から有効です。</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>このデジタル証明書に有効期限はありません。</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>デジタル証明書の validUntil の日付の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>このデジタル証明書は {moment} に期限切れになりました。</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>{moment} まで有効です。</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>このファイルにはデジタル証明書（JSON オブジェクト）が含まれていません。</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>デジタル証明書の JSON に、署名の対象とは異なる内容（{fields}）が表示されています。</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>デジタル証明書の表示内容は、署名された内容と一致しています。</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>有効な署名がないため、署名鍵の持ち主を特定できません。</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>発行者と照合する署名鍵がありません。</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>デジタル証明書に記載された発行者が署名鍵を保有しています。</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>デジタル証明書には発行者 {issuer} と記載されていますが、別の鍵（{fingerprint}）で署名されています。</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>処理できないデジタル証明書からは日付を読み取れません。</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>発行者はこのデジタル証明書を {day} に失効させました：{reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>発行者はこのデジタル証明書を失効させました：{reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>学習記録自体には状態がありません。含まれる各デジタル証明書の失効を下で確認します。</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>発行者が失効させたかどうかは、ここではわかりません。わかるのは発行者自身の記録だけです（ステータスリスト：{list}）。</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>発行者が失効させたかどうかは、ここではわかりません。わかるのは発行者自身の記録だけです。</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>失効していません。このワークスペースが発行し、失効させていません。</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>Open Badges 3.0 の公式 JSON スキーマに準拠しています。</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>OB 3.0 のスキーマに準拠していません：{problem}。</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>OB 3.0 のスキーマに準拠していません：{problem}（ほか {more} 件）。</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>CLR 2.0 の学習記録の構造を備えています。</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>学習記録の構造を備えていません：{problem}。</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>学習記録の構造を備えていません：{problem}（ほか {more} 件）。</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>{endorser}（{did}）によるエンドースメント（{day}）。</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>{endorser}（{did}）によるエンドースメント（{day}、{until}まで有効）。</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>{endorser}（{did}）によるエンドースメント（{day}）：「{comment}」</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>{endorser}（{did}）によるエンドースメント（{day}、{until}まで有効）：「{comment}」</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>{endorser}（{did}）によるエンドースメントは{day}に期限が切れました。</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>{endorser}（{did}）名義のエンドースメントが、不明な鍵 {fingerprint} で署名されています。信頼する発行者による裏付けがないため、エンドースメントとしては表示されません。信頼するには、相手の発行者カードをインポートしてください。</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>エンドースメントを検証できません：{reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>このデジタル証明書には{endorser}（{did}）によるエンドースメントが含まれていますが、エンドースメントとしては表示されません。デジタル証明書自体が検証されておらず、エンドースメントはアチーブメントを保証するもので、それを授与する者を保証するものではないためです。</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>エンドースメントとしては表示されません。これを含むものが検証されていないためです。</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>エンドースメントとしては大きすぎます（JSONで最大{limit}文字）。</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>エンドースメント自体にエンドースメントを含めることはできません。</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>含まれているエンドースメントは確認されていません。デジタル証明書自体の署名が正しくないためです。</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>このアチーブメントには{count}件のエンドースメントが含まれています。Badgesmithが確認するのは最大{limit}件のため、検証されません。</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>デジタル証明書に同じエンドースメント {id} が2回含まれています。</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>EndorsementCredentialではありません。</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>推薦者が記載されていません。</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>このデジタル証明書のアチーブメント（{achievement}）ではなく、{subject}に対するエンドースメントです。</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>デジタル証明書の発行者自身が署名しています。エンドースメントは第三者によるものでなければなりません。</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>学習記録の中に学習記録を入れることはできません。</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>署名の対象から学習記録の受講者を読み取れないため、このデジタル証明書が誰のものか判断できません。</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>このデジタル証明書は {recipient} に授与されたもので、この学習記録の持ち主である {learner} のものではありません。</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>この学習記録にはデジタル証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>学習記録の {count} 件のデジタル証明書はそれぞれ単独で検証でき、学習記録の受講者に授与されています。</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>学習記録内の1件のデジタル証明書が検証できません：{credential}：{reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>学習記録内の {count} 件のデジタル証明書が検証できません：{credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>学習記録内の {count} 件のデジタル証明書が検証できません：{credentials}（ほか {more} 件）</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>{options} のうちあと {count} つ必要</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>{achievement} が必要</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>{achievements}、{last} が必要</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>{options} のうちあと {count} つ必要です。</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>{achievement} が必要です。</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>{achievements}、{last} が必要です。</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>この評価結果は、その間に別のユーザーによって消去されました。表には空の状態が表示されています。</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>この評価結果は {when} に別のユーザーによって変更されました。表には変更後の値が表示されています。</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>この評価結果は {when} に、別のウィンドウまたはプログラムであなた自身が変更しました。表にはその値が表示されています。</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>この評価結果は {when} に {person} によって変更されました。表には変更後の値が表示されています。</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>このエビデンスは {when} に別のユーザーによって変更されました。表には変更後の内容が表示されています。</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>このエビデンスは、その間に別のユーザーによって削除されました。表にはエビデンスが表示されなくなりました。</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>{criterion} の得点が未入力です。</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}：未入力です。</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}：不合格です。</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}：レベルが未入力です。</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}：{level} は必要なレベル（{required}）に達していません。</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>得点 {score} は合格点 {mark} に達していません。</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>このクラスに登録されていません。</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>氏名を印刷できません。{characters} を含むフォントがありません。</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>発行対象外：{reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>発行済みです。</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>失効済み：失効したデジタル証明書は、受講者を個別に指定し、再発行を確認した場合にのみ再発行されます。</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>検証ページのアドレスがありません。QRコードを読み取ったスマートフォンにはコードしか表示されず、それを検証するページは開きません（設定 ▸ Web公開）。</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>ステータスリストのアドレスが設定されていません。今発行する修了証には失効の記録欄がないため、後で失効させても、その情報はこのパソコンと公開する検証ページにしか反映されません（設定 ▸ Web公開）。</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>ステータスリストが検証ページとは別のウェブサイトにあります。検証ページは自分のウェブサイトからしかステータスリストを読み込まないため、失効を確認できなかったと表示されます。</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>ステータスリストが検証ページのフォルダーの外にあります。アップロード先は README.txt に記載されます。</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>Badgesmith の「検証」ページには失効がすぐに表示されます。このコンピューターの外では、サイトを公開し直し（サイトを公開…）、変更されたステータスリストをアップロードした時点で表示されます。検証ページや他の検証者はこのリストを読み取ります。</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>Badgesmith の「検証」ページには失効がすぐに表示されます。この修了証はステータスリストに登録されずに発行されたため、他の検証者には失効が伝わりません。検証ページは、公開し直してアップロードすれば失効を表示します（これまでに失効した修了証の一覧が載ります）。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>不明な発行者</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>判別できません</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>発行者（デジタル証明書の記載）</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>学習記録</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>デジタル証明書</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>発行者の鍵</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>デジタル証明書</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受領者</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>アチーブメント</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>ステータスリスト</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>QRコードのリンク</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>エンドースメント対象</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>このワークスペースの{achievement}（バージョン{number}）</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>ファイルが大きすぎるため、使用できるメモリーでは確認できません。</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>内部エラーのため、このファイルの確認が中断されました。エラーはログに記録されています。このデジタル証明書については何も判断できません。</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} は、修了証、デジタル証明書、写真のいずれとしても大きすぎます。</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>PDF、デジタル証明書（JSON）、QRコードの画像、QRコードのテキストのいずれでもありません。</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>このデジタル証明書のファイルは UTF-16 で保存されています。デジタル証明書は UTF-8 の JSON です。UTF-8 で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>デジタル証明書の前後に、JSON で使えない文字（ノーブレークスペースなど）があります。通常の JSON として保存してください。</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>検証するものがありません。QRコードのテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>このテキストは QRコードに収まる長さを大きく超えています。QRコード1つ分のテキストを貼り付けるか、デジタル証明書のファイルを開いてください。</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer}（デジタル証明書の記載。鍵は既知のものではありません）</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>デジタル証明書は発行者を {stated} としており、このワークスペースの名前と読めますが、あなたが {trusted} として信頼している鍵で署名されています。あなたが発行したものではありません。</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>デジタル証明書は発行者を {stated} としていますが、あなたはこの鍵を {trusted} として信頼しています。発行者が名前を変更した場合は、新しい発行者カードをインポートしてください。</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>この鍵を信頼したときの名前どおり、{issuer} が発行しています。</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>エンドースメントには推薦者として{stated}と記載されていますが、このワークスペース自身の鍵（発行者：{current}）で署名されています。エンドースメントは、鍵の持ち主の名前でのみ表示されます。</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>デジタル証明書は発行者を {stated} としています。このワークスペースの発行者の現在の名前は {current} です。</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>この JSON はデジタル証明書ではありません。</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>本物の修了証には次の内容が記載されています：{recipient}、{achievement}、{day}。</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>本物の成績証明書には次の内容が記載されています：{recipient}、{achievement}、{day}。</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id}（{achievement}）</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>{list} のエントリー {index}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>QRコードの署名が内容と一致しません。修了証が改ざんされているか、本物ではありません。</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>不明な鍵 {fingerprint} で署名されています。このワークスペースが信頼する発行者ではありません。</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer}（QRコードの記載。鍵は既知のものではありません）</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>QRコードは改ざんされておらず、このワークスペースの現在の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>QRコードは改ざんされておらず、このワークスペースの使用終了した鍵で署名されています。</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>QRコードは改ざんされておらず、信頼する発行者の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>QRコードは改ざんされておらず、既知の鍵で署名されています。</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>{issuer} が失効させたかどうかは、ここではわかりません。わかるのは発行者自身の記録だけです。</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>発行者が失効させたかどうかは、ここではわかりません。わかるのは発行者自身の記録だけです。</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>このワークスペースの台帳には、この ID のデジタル証明書がありません。成績証明書の QRコードは学習記録のものです。成績証明書の PDF をここで開くと、記録内の各デジタル証明書を確認できます。</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>{day} に期限切れになりました。</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>期限切れです。</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>{day} まで有効です。</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>{issuer} が {recipient} に {achievement} について {day} に発行しました。</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>{issuer} が {recipient} に {achievement} について {day} に発行しました。発行者が後から失効させたかどうかは、発行者本人にしか確認できません。</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>{issuer} が {recipient} に {achievement} について {day} に発行しました。含まれるデジタル証明書がその後失効したかどうかは、成績証明書の PDF で確認します。</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>QRコードはあなたの検証ページにつながります。</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>QRコードはスマートフォンを {address} に誘導しますが、これはあなたの検証ページ（{page}）ではありません。印刷されたコードがすり替えられたか、この修了証の印刷後に検証ページが移動しています。</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>QRコードはスマートフォンを {address} に誘導しますが、これはあなたの検証ページではありません（検証ページは未設定です）。印刷されたコードがすり替えられたか、この修了証の印刷後に検証ページが移動しています。</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>QRコードは {issuer} 自身のサイトにつながります。</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>QRコードはスマートフォンを {address} に誘導します。そのページが {issuer} のものかどうかは Badgesmith では判断できません。</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>このバッジには、Badgesmith が読み取れない形式のデジタル証明書が入っています（検証できるのは JSON のデジタル証明書だけです）。</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>このバッジ画像にはデジタル証明書が埋め込まれています。署名されているのは中のデジタル証明書だけで、画像自体は署名されていません。</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>画像に QRコードが見つかりませんでした。よりピントの合った、まっすぐな写真でお試しください。</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>画像に {count} 種類の QRコードが写っているため、どれが修了証のものか判断できません。1つずつ撮影してください。</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>この PDF には署名付きのデジタル証明書が含まれていないため、何も確認できません。Badgesmith の修了証には含まれています。QRコードを確認するには、読み取るか、その写真を検証してください。</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>この PDF には封印がありません。別のプログラムで保存し直されたか、Badgesmith が修了証を封印するようになる前に作成されたため、ページの内容は保証できません（中のデジタル証明書は上で確認済みです）。あなたの修了証であれば、「デジタル証明書」ページからもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>この PDF は作成後に変更されています。封印がファイルと一致しないため、ページには署名された内容と異なるものが表示されている可能性があります。</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>このファイルは、このワークスペースの Badgesmith が作成したとおりのものです（デジタル証明書の鍵で封印済み）。ページには署名された内容が表示されています。</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>このファイルは、発行者がデジタル証明書に署名した鍵で封印したとおりのもので、それ以降誰も変更していません。ページの内容は発行者自身によるものです。上の情報と照合してください。</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>印刷された QRコードがないか、読み取れません。</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>ページに複数の QRコードがあるため、どれが修了証のものか判断できません。</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>QRコード：{check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>印刷された QRコードが、埋め込まれたデジタル証明書と一致しません。</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>QRコードが、埋め込まれたデジタル証明書と一致しません：{differences}。</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>QRコードは、埋め込まれたデジタル証明書と一致しています。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>パスフレーズが正しくありません。署名鍵のロックを解除できませんでした。</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>受講者の氏名</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>アチーブメント名</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>授与日</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>有効期限（期限がない場合は空欄）</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>公開検証リンク（検証ページがない場合は空欄）</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>LinkedIn の「プロフィールに追加」リンク</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>デジタル証明書の ID</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>コメントが{count}文字あります。エンドースメントのコメントは最大{limit}文字です。</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>有効期限の{day}は既に過ぎています。今日以降の日付を選んでください。</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>エンドースメントの有効期間が、開始前に終わってしまいます。</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>{file} はエンドースメント依頼としては大きすぎます（最大{limit} MB）。</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} はエンドースメント依頼ではありません。テキストファイル（UTF-8のJSON）ではありません。</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} はエンドースメント依頼ではありません：{problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} はデジタル証明書で、エンドースメント依頼ではありません。研修提供者から送られた依頼ファイルを開いてください。</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} はBadgesmithのエンドースメント依頼ではありません。</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} は別の形式のエンドースメント依頼です（バージョン{version}）。このBadgesmithが読めるのはバージョン{known}です。</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>{file} にはアチーブメントIDが記載されていないため、エンドースする対象がありません。</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>{file} にはアチーブメントが記載されていません。</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>{file} にはアチーブメントの授与者が記載されていません。</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>受講者の識別情報</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>発行者の国または地域</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>授与機関</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>学習成果</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>想定学習量</translation>
    </message>
    <message>
        <source>level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>評価の種類</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>参加形態</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>品質保証の種類</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>受講要件</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>監督と本人確認</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>取得した成績</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>統合・積み上げ</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>その他の情報</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>EUマイクロクレデンシャル：必須要素{total}項目すべてあり</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>EUマイクロクレデンシャル：必須要素{total}項目中{present}項目 — 不足：{missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>このワークスペースにはまだ署名鍵がありません。先に発行者を設定してください。</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>このワークスペースにはまだ発行者がありません。先に設定してください。</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} はこのワークスペースのアチーブメントです。エンドースメントは、雇用主や職能団体などの第三者が、各自のBadgesmithで行うものです。</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>{file} には読み取れるエンドースメントがありません：{problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} はエンドースメント依頼で、エンドースメントではありません。推薦者に送って各自のBadgesmithで署名してもらい（ファイル ▸ アチーブメントをエンドース…、または badgesmith endorse）、返送されたものを追加してください。</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} はエンドースメント（Open BadgesのEndorsementCredential）ではありません。</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>{file} は追加されませんでした。信頼済みとしてインポートしていない鍵 {fingerprint} で署名されています。署名は誰でもどんな名前でもできます。推薦者の発行者カードをインポートし（設定 ▸ 信頼する発行者）、そのフィンガープリントを先方のものと照合してから、もう一度エンドースメントを追加してください。</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>{file} は追加されませんでした：{reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>{file} は追加されませんでした。署名された内容に、ID、推薦者、エンドースメント対象のアチーブメントのいずれかが記載されていません。</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>{file} は追加されませんでした。このワークスペース自身の鍵で署名されています。エンドースメントは第三者によるものでなければなりません。</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>{file} は追加されませんでした。推薦者の名前が{count}文字あります。Badgesmithで保存できる名前は最大{limit}文字です。</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>このエンドースメントは既に追加されています。</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>{file} は追加されませんでした。このバージョンには既に{count}件のエンドースメントがあり、デジタル証明書に含められる上限に達しています。先に不要になったものを削除してください。</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>{file} は追加されませんでした。単独では検証できますが、このバージョンのデジタル証明書に含めることができません：{problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>ID {id} のアチーブメントはありません。</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>{file} は追加されませんでした。{subject}に対するエンドースメントですが、これは{achievement}のバージョンではありません（このワークスペースのどのアチーブメントでもありません）。</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>{file} は追加されませんでした。{achievement}ではなく{other}に対するエンドースメントです。{other}に追加してください。</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>以前のバージョン（バージョン{number}）に対するものです。現在のバージョンのデジタル証明書には含まれません（アチーブメントIDが異なるため）。{endorser}に現在のバージョンのエンドースメントを依頼してください。</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>{day}に期限切れ：新しいデジタル証明書には含まれなくなりました。</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>有効：今後バージョン{number}で発行するデジタル証明書に含まれます。</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>そのエンドースメントはこのワークスペースにありません。</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>{year}年のデータはありません。{first}年から{last}年の間で選んでください。</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>受講者の個人データが消去されているため、デジタル証明書を再発行できません。</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>既に失効または再発行されています。</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>受講者は、このデジタル証明書を発行したクラスにもう在籍していません。</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>現在、別のユーザーがこのクラスの発行を行っています。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>{since} から、別のウィンドウまたはプログラムであなた自身がこのクラスの発行を行っています。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>{person} が {since} からこのクラスの発行を行っています。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>{folder} のワークスペースを共有データベース {where} にコピーしました：{tables} 個のテーブル、{rows} 行、{seconds} 秒。</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>{seconds} 秒で確認しました：すべてのテーブルの行数は以前と同じです。監査ログの {events} 件のイベントは検証に成功しました。デジタル証明書 {credentials} 件のうち {verified} 件が発行時のとおり検証されました（{counts}）。</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>{n} 件のデジタル証明書は、以前のワークスペースでも検証できず、現在も検証できません：{ids}。</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>以前のワークスペースのファイルは {kept} として残してあります。{folder} は、共有ワークスペースのこのコンピューター側のフォルダーになりました。修了証と下書きはこのフォルダーに残ります。</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>他のユーザーは次のコマンドで接続します：badgesmith --database {where}（先に badgesmith users add でユーザーを追加してください）。</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} はすでに共有ワークスペースのローカル側です。移行するものはありません。</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>{folder} には移行するワークスペースがありません。</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>このワークスペースの監査ログはすでに破損しています（{problem}）。何もコピーしていません。badgesmith audit check で確認してください。</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>データベース {where} は空ではありません（{n} 個のテーブルがあります。例：{names}）。migrate-to は空のデータベースにのみワークスペースをコピーします。新しいデータベースを作成して（例：createdb badgesmith）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>その間に誰かがデータベース {where} を使い始めました。何もコピーしていません。</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>別のプログラムが {folder} のワークスペースに書き込んでいます。そちらの Badgesmith を閉じてから、もう一度お試しください。何もコピーしていません。</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>コピーの行がワークスペースと一致しません：{tables}。何もコピーしていません。</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>コピーでは監査ログを検証できません（{problem}）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>{n} 件のデジタル証明書が、ワークスペースでは検証できますが、{where} のコピーでは検証できません（例：{ids}）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>この操作には講師ロールが必要ですが、あなた（{user}）には Badgesmith のロールがありません。管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>発行、失効、アチーブメントの変更には発行者ロールが必要ですが、あなた（{user}）は{role}としてサインインしています。管理者または発行者に依頼してください。</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>この操作には管理者ロールが必要ですが、あなた（{user}）は{role}としてサインインしています。管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>共有データベースがこの変更を拒否しました。あなたのロールでは許可されていません。何も保存されていません。管理者に依頼してください。</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>テキストが共有データベースに保存できる長さを超えています。何も保存されていません。短くしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>別のユーザーが同時に同じデータを変更しました。何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>共有データベースとの接続が切れたため、この変更は保存されていません。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>自分自身を削除することはできません。別の管理者なら削除できます。</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>ユーザーとロールは共有データベースにあるものです。このワークスペースはこのコンピューターだけのものです。</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>バックアップの確認中に誰かが共有ワークスペースを変更しました。何も復元していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>共有データベースのアドレスを入力してください（例：postgresql://anna@server/badgesmith）。</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>データベースのアドレスが {n} 文字を超えています。</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>共有データベースのアドレスは postgresql:// で始まります（例：postgresql://anna@server/badgesmith）。</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>データベースのアドレスではありません：{reason}。</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>アドレスにデータベース名がありません。サーバーの後に追加してください（例：postgresql://anna@server/badgesmith）。</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>共有データベースをこのバージョンの Badgesmith 用に更新する必要があります。管理者がこのバージョンで一度サインインすると更新されます。</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>あなたのデータベースアカウント {user} には Badgesmith のロールがありません。管理者に追加を依頼してください。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>「{name}」はユーザー名に使えません。英小文字、数字、「.」「-」「_」を使い、63 文字以内で、先頭は英字にしてください。</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>「{name}」はデータベースで予約されています。別のユーザー名を選んでください。</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>新しいユーザーには {n} 文字以上のパスワードを設定してください。</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>「{name}」という名前のデータベースアカウントはすでに存在します。</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>データベースのテーブルがこのバージョンの Badgesmith のものではありません（{tables}）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>テーブル {table} の行をコピー先のデータベースに保存できません（{reason}）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>現在、他のユーザーが共有ワークスペースで作業中です。何も変更していません。他のユーザーが Badgesmith を閉じるか作業を終えてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>共有ワークスペースのテーブルを所有するデータベースアカウント（{owner}）だけが、ワークスペース全体をコピーできます。取り込む監査ログは他の人の名前で記録されているためです。{owner} としてサインインして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>コピーした行がデータベースの規則に違反しています（{reason}）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>データベースのキーとインデックスを元どおりに再構築できませんでした。何もコピーしていません。</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>{folder} にはこのコンピューターのワークスペースがあります。共有ワークスペースのファイル用に別のフォルダーを選んでください（または migrate-to で、このワークスペースを共有データベースにコピーしてください）。</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>共有データベース {where} を設定できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>共有データベース {where} でユーザー名とパスワードが受け付けられませんでした。確認して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>あなたのアカウントは共有データベース {where} にサインインできなくなっています。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>{where} で指定されたデータベースは存在しません。正しいアドレスを管理者に確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>共有データベース {where} に接続できません：{reason}。</translation>
    </message>
</context>
</TS>
