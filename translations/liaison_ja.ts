<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionListModel</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>会合等</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（期限超過）</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Signed</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事国・地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>協議</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --%1 takes no value</source>
        <translation>オプション --%1 には値を指定できません</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション「%1」です</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>オプション --%1 は「%2」には使用できません</translation>
    </message>
    <message>
        <source>Created an empty Liaison database at %1</source>
        <translation>空のLiaisonデータベースを%1に作成しました</translation>
    </message>
    <message>
        <source>Created %1 with the bundled dataset: %2</source>
        <translation>%1を作成し、同梱のデータセットを読み込みました: %2</translation>
    </message>
    <message>
        <source>%1: ok (schema %2; %3)</source>
        <translation>%1: 正常（スキーマ %2、%3）</translation>
    </message>
    <message>
        <source>&apos;list&apos; needs one of: %1</source>
        <translation>「list」には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>cannot list &apos;%1&apos;; choose one of: %2</source>
        <translation>「%1」は一覧表示できません。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose table, csv or json</source>
        <translation>不明な出力形式「%1」です。table、csv 又は json を指定してください</translation>
    </message>
    <message>
        <source>Create it with: liaison init --db %1</source>
        <translation>次のコマンドで作成してください: liaison init --db %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2件中%1件を表示</translation>
    </message>
    <message>
        <source>Run &apos;liaison --help&apos; for usage.</source>
        <translation>使い方は「liaison --help」で確認してください。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; choose en or ja</source>
        <translation>不明な言語「%1」です。en 又は ja を指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数「%1」です</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド「%1」です</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the text to look for</source>
        <translation>「search」には検索する文字列を指定してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose table or json</source>
        <translation>不明な出力形式「%1」です。table 又は json を指定してください</translation>
    </message>
    <message>
        <source>Nothing found for &apos;%1&apos;</source>
        <translation>「%1」に該当するレコードはありません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs -o FILE</source>
        <translation>「backup」には -o FILE を指定してください</translation>
    </message>
    <message>
        <source>Saved and verified a backup of %1 in %2</source>
        <translation>%1のバックアップを%2に保存し、検証しました</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs the backup FILE</source>
        <translation>「restore」にはバックアップのファイルを指定してください</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database it replaced is kept in %3</source>
        <translation>%2から%1を復元しました。置き換えたデータベースは%3に残してあります</translation>
    </message>
    <message>
        <source>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check                 check integrity, foreign keys and schema version (exit 1 on a problem)
  list KIND [--filter TEXT] [--format table|csv|json]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
  search TEXT [--format table|json]
                        every record containing TEXT, grouped by kind, best first

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  -h, --help            show this help
  -v, --version         show the version
</source>
        <translation>使い方: liaison [--db PATH] [--lang en|ja] [COMMAND]

コマンドを指定しない場合は、データベースを開いてLiaisonのウィンドウを表示します。

コマンド:
  init [--empty]        データベースを作成する。--empty を指定しない場合は同梱のデータセットを読み込む
  check                 整合性、外部キー及びスキーマバージョンを検査する（問題があれば終了コード1）
  list KIND [--filter TEXT] [--format table|csv|json]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions
  backup -o FILE        検証済みのデータベースの写しを保存する（SQLiteのバックアップAPI）
  restore FILE          検証済みのバックアップでデータベースを置き換える（置き換えたものは残す）
  search TEXT [--format table|json]
                        TEXTを含むすべてのレコードを種別ごとにまとめ、該当度の高い順に表示する

オプション:
  --db PATH             データベースファイル（既定値: $LIAISON_DB、未設定の場合は %1）
  --lang en|ja          名称及びメッセージの言語
  -h, --help            このヘルプを表示する
  -v, --version         バージョンを表示する
</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>協議数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>会合等件数</translation>
    </message>
</context>
<context>
    <name>DialogueTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事国・地域</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>初回開催</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>直近の開催</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Dialogue or forum</source>
        <translation>協議・枠組み</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>date unknown (%1)</source>
        <translation>日付不明（%1）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ForumTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
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
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaisonについて(&amp;A)</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaisonについて</translation>
    </message>
    <message>
        <source>Liaison %1
A record of international cybersecurity relations: countries, dialogues, fora, events, agreements, policy references and follow-up actions.

Database: %2</source>
        <translation>Liaison %1
サイバーセキュリティ分野の国際関係（国・地域、協議、多国間枠組み、会合等、合意文書、政策文書及びフォローアップ事項）の記録

データベース：%2</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>データベースを読み込めません</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>レコードを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation>Liaison — %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite *.db);;All files (*)</source>
        <translation>Liaisonデータベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Liaison.</source>
        <translation>新しい言語は、Liaisonの次回起動時から適用されます。</translation>
    </message>
    <message>
        <source>Filter the &amp;Current Table</source>
        <translation>現在の表を絞り込む(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search Everything</source>
        <translation>すべてを検索(&amp;S)</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>Database: %1 (checked)</source>
        <translation>データベース：%1（検査済み）</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>日次バックアップに失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Unconfirmed: not verified in a source</source>
        <translation>未確認：出典で確認されていません</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発出主体</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条数</translation>
    </message>
</context>
<context>
    <name>RecordPageBuilder</name>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第%1回</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>選択されていません</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>ISO name (English)</source>
        <translation>ISO名称（英語）</translation>
    </message>
    <message>
        <source>ISO name (Japanese)</source>
        <translation>ISO名称（日本語）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Dialogues and their rounds</source>
        <translation>協議及び開催実績</translation>
    </message>
    <message>
        <source>Dialogue / round</source>
        <translation>協議／回次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>No dialogue recorded.</source>
        <translation>協議の記録はありません。</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1から</translation>
    </message>
    <message>
        <source>No round recorded</source>
        <translation>開催の記録なし</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>確認できなかった事項：%1</translation>
    </message>
    <message>
        <source>Fora shared with Japan</source>
        <translation>日本と共通の多国間枠組み</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>枠組み</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>No forum recorded.</source>
        <translation>枠組みの記録はありません。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>met at an event</source>
        <translation>会合等で同席</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>会合等</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>会合等</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>No event recorded.</source>
        <translation>会合等の記録はありません。</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>合意文書</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>合意文書の記録はありません。</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完了のフォローアップ事項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>未完了のフォローアップ事項はありません。</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>初回開催</translation>
    </message>
    <message>
        <source>About the first meeting</source>
        <translation>初回開催に関する注記</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>合意の場</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主担当機関</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>確認できなかった事項</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事国・地域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Rounds and related events</source>
        <translation>各回の開催及び関連する会合等</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>No round recorded.</source>
        <translation>開催の記録はありません。</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Former name (English)</source>
        <translation>旧名称（英語）</translation>
    </message>
    <message>
        <source>Former name (Japanese)</source>
        <translation>旧名称（日本語）</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名称変更</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>法人化</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Japan&apos;s status</source>
        <translation>日本の参加状況</translation>
    </message>
    <message>
        <source>Japanese hosts</source>
        <translation>日本側主催機関</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation>会合の記録はありません。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>構成国・地域</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加盟時期</translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation>構成国・地域の記録はありません。</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>日付に関する注記</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>結果公表日</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>No participant recorded.</source>
        <translation>参加者の記録はありません。</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>フォローアップ事項</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translation>フォローアップ事項の記録はありません。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>見直し期日</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Law number</source>
        <translation>法令番号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発出主体</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改正経過</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No article recorded.</source>
        <translation>条項の記録はありません。</translation>
    </message>
    <message>
        <source>%1 earlier meetings: open the dialogue to see them all</source>
        <translation>これ以前の会合%1件：協議を開くとすべて表示されます</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events; the Events table has them all.</source>
        <translation>会合等%2件のうち直近の%1件を表示しています。全件は「会合等」の表で確認できます。</translation>
    </message>
    <message>
        <source>The %1 due soonest; the Actions table has them all.</source>
        <translation>期限の近い%1件を表示しています。全件は「フォローアップ事項」の表で確認できます。</translation>
    </message>
</context>
<context>
    <name>RecordPageView</name>
    <message>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Unconfirmed: not verified in a source</source>
        <translation>未確認：出典で確認されていません</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>レコードを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>This record is not confirmed in a source.</source>
        <translation>このレコードは出典で確認されていません。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>すべてを検索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>「%1」に該当するレコードはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n件該当 — Enterで開く、Escで閉じる</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3件中%2件）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2件）</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Filter, in Japanese or English…</source>
        <translation>絞り込み（日本語又は英語）…</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>終了年</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>表示列</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>%1：すべて</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2件中%1件を表示</translation>
    </message>
    <message>
        <source>counting… of %1</source>
        <translation>%1件中、該当件数を集計中…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>集計中…</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Countries</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>協議・対話</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>多国間枠組み</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>会合等</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>合意文書</translation>
    </message>
    <message>
        <source>Policy references</source>
        <translation>政策文書</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>フォローアップ事項</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Liaison cannot open the database</source>
        <translation>Liaison — データベースを開けません</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The file that cannot be opened is kept beside it.</source>
        <translation>%1

最新の正常なバックアップ（%2）を復元しますか。開けないファイルは同じ場所に残します。</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>バックアップを復元できませんでした</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that could not be opened is kept as %3.</source>
        <translation>%2から%1を復元しました。開けなかったファイルは%3として残してあります。</translation>
    </message>
</context>
</TS>
