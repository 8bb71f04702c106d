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
    <name>AgreementEditor</name>
    <message>
        <source>Edit Agreement</source>
        <translation>合意文書の編集</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>合意文書の新規作成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. memorandum of cooperation</source>
        <translation>例：協力覚書</translation>
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
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 又は YYYY</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名日</translation>
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
        <source>Review due</source>
        <translation>見直し期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Text online</source>
        <translation>本文掲載先</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Cited articles</source>
        <translation>引用条項</translation>
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
    <name>AttachmentStore</name>
    <message>
        <source>The attachment has no name. Give the file a name and add it again.</source>
        <translation>添付ファイルに名前がありません。ファイルに名前を付けて、もう一度追加してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name is %2 characters long, more than %3. Rename the file and add it again.</source>
        <translation>「%1」は添付できません。名前が%2文字あり、上限の%3文字を超えています。ファイル名を変更して、もう一度追加してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name contains a NUL character at position %2.</source>
        <translation>「%1」は添付できません。名前の%2文字目にNUL文字が含まれています。</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name contains the invisible character U+%2 at position %3. Rename the file and add it again.</source>
        <translation>「%1」は添付できません。名前の%3文字目に不可視文字 U+%2 が含まれています。ファイル名を変更して、もう一度追加してください。</translation>
    </message>
    <message>
        <source>%1 %2 does not exist; nothing was attached.</source>
        <translation>%1 %2 が存在しないため、添付されませんでした。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attach the file it points to instead.</source>
        <translation>%1はシンボリックリンクです。リンク先のファイルを添付してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it one by one.</source>
        <translation>%1はフォルダです。フォルダ内のファイルを1件ずつ添付してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); only files can be attached.</source>
        <translation>%1は通常のファイルではありません（デバイス、パイプ又はソケットです）。添付できるのはファイルのみです。</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>添付ファイル用フォルダ%1を作成できません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be stored in %2: %3 (is the disk full?)</source>
        <translation>%1を%2に保存できません：%3（ディスクの空き容量を確認してください）</translation>
    </message>
    <message>
        <source>%1 cannot be stored as %2: %3</source>
        <translation>%1を%2として保存できません：%3</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) cannot be removed: %3</source>
        <translation>「%1」のファイル（%2）を削除できません：%3</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from %2.</source>
        <translation>「%1」のファイルが%2にありません。</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) cannot be read: %3</source>
        <translation>「%1」のファイル（%2）を読み込めません：%3</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached.</source>
        <translation>「%1」のファイル（%2）は破損しているか、変更されています。SHA-256は%3ですが、添付時には%4と記録されています。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダ%1を作成できません。</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached. It was not opened.</source>
        <translation>「%1」のファイル（%2）は破損しているか、変更されています。SHA-256は%3ですが、添付時には%4と記録されています。ファイルは開いていません。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 (is the disk full?)</source>
        <translation>%1に書き込めません：%2（ディスクの空き容量を確認してください）</translation>
    </message>
    <message>
        <source>%1 no longer matches its SHA-256; it was not copied. The attachment it belongs to is damaged in the database being copied.</source>
        <translation>%1は記録されたSHA-256と一致しなくなっているため、コピーしませんでした。コピー元のデータベースで、このファイルの添付ファイルが破損しています。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>%1
%2, added by %3
SHA-256 %4</source>
        <translation>%1
%2、%3が追加
SHA-256 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>添付ファイルを追加できませんでした</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>添付ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>No program is set up to open %1. A copy is at %2.</source>
        <translation>%1を開くプログラムが設定されていません。コピーが%2にあります。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>添付ファイルの削除</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? The file is deleted unless another record has the same file attached.</source>
        <translation>このレコードから「%1」を削除しますか。他のレコードに同じファイルが添付されていない限り、ファイルは削除されます。</translation>
    </message>
    <message>
        <source>Attachment not removed</source>
        <translation>添付ファイルを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>多国間枠組み</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 又は YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>収録する章</translation>
    </message>
    <message>
        <source>Summary and key facts</source>
        <translation>概要及び基本情報</translation>
    </message>
    <message>
        <source>Dialogue history</source>
        <translation>協議の経緯</translation>
    </message>
    <message>
        <source>Fora in common</source>
        <translation>共通の多国間枠組み</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>合意文書</translation>
    </message>
    <message>
        <source>Policy basis</source>
        <translation>政策上の根拠</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完了のフォローアップ事項</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>今後の会合等</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>期間の開始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>期間の終了(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language of the pack:</source>
        <translation>資料の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Highest classification:</source>
        <translation>取扱区分の上限(&amp;H)：</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDFを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Tick at least one country, dialogue or forum the pack is about.</source>
        <translation>資料の対象とする国・地域、協議又は多国間枠組みを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>From: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>期間の開始：「%1」は日付ではありません。YYYY、YYYY-MM 又は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>To: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>期間の終了：「%1」は日付ではありません。YYYY、YYYY-MM 又は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>Tick at least one chapter.</source>
        <translation>収録する章を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>ブリーフィング資料の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The briefing pack was not saved</source>
        <translation>ブリーフィング資料を保存できませんでした</translation>
    </message>
    <message>
        <source>Timeline and charts</source>
        <translation>年表及びグラフ</translation>
    </message>
</context>
<context>
    <name>ChartsSection</name>
    <message>
        <source>(nothing matches the filters)</source>
        <translation>（絞り込み条件に該当するものはありません）</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <source>Cannot read the chart data: %1</source>
        <translation>グラフのデータを読み込めません：%1</translation>
    </message>
    <message>
        <source>Events per year, by kind</source>
        <translation>年別・種別の会合等件数</translation>
    </message>
    <message>
        <source>Events with partners, by region</source>
        <translation>地域別の相手国・地域との会合等件数</translation>
    </message>
    <message>
        <source>Dialogue meetings per partner (top %1 of %2)</source>
        <translation>相手国・地域別の協議開催回数（%2件中上位%1件）</translation>
    </message>
    <message>
        <source>Dialogue meetings per partner</source>
        <translation>相手国・地域別の協議開催回数</translation>
    </message>
    <message>
        <source>Follow-up actions, open and closed, by year raised</source>
        <translation>提起年別のフォローアップ事項（未完了・完了）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1に書き込めません。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG画像 (*.png);;SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>グラフを保存できません</translation>
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
        <source>&apos;import&apos; needs the FILE to import</source>
        <translation>「import」にはインポートするファイルを指定してください</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; for --what</source>
        <translation>--what に指定された種別「%1」は不明です</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format csv|json|ics and -o FILE</source>
        <translation>「export」には --format csv|json|ics 及び -o FILE を指定してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for export; choose csv, json or ics</source>
        <translation>不明な出力形式「%1」です。csv、json 又は ics を指定してください</translation>
    </message>
    <message>
        <source>--what %1 does not apply to --format %2; choose one of %3</source>
        <translation>--what %1 は --format %2 には使用できません。次のいずれかを指定してください: %3</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>%1（%2形式）を%3にエクスポートしました</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a record id (a positive number)</source>
        <translation>--%1: 「%2」はレコードID（正の整数）ではありません</translation>
    </message>
    <message>
        <source>&apos;brief&apos; needs --country CODE, --dialogue ID or --forum ID</source>
        <translation>「brief」には --country CODE、--dialogue ID 又は --forum ID を指定してください</translation>
    </message>
    <message>
        <source>&apos;brief&apos; needs -o FILE.pdf</source>
        <translation>「brief」には -o FILE.pdf を指定してください</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は日付ではありません（YYYY、YYYY-MM 又は YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--max-classification: &apos;%1&apos; is not a level from 0 to 3</source>
        <translation>--max-classification: 「%1」は0から3までの取扱区分ではありません</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: 「%1」は日付ではありません（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Wrote a %1-page briefing pack on %2 to %3</source>
        <translation>%2に関するブリーフィング資料（%1ページ）を%3に作成しました</translation>
    </message>
    <message>
        <source>no backup was saved</source>
        <translation>バックアップは保存されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) copied to %1</source>
        <translation>
            <numerusform>添付ファイル%n件を%1にコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>何も復元されていません</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the copy at --max-classification %1: %2</source>
        <translation>--max-classification %1 の写しを作る一時フォルダがありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) that no attachment refers to removed from %1</source>
        <translation>
            <numerusform>どの添付ファイルからも参照されていない保存ファイル%n件を%1から削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>a backup is a database file with its attached files beside it; name a file, not standard output</source>
        <translation>バックアップは添付ファイルを横に置いたデータベースファイルです。標準出力ではなくファイルを指定してください</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 は復元できません: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (there was no database there before)</source>
        <translation>%2 から %1 を復元しました（それまでデータベースはありませんでした）</translation>
    </message>
    <message>
        <source>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check [--repair]      check integrity, foreign keys and schema version (exit 1 on a problem);
                        --repair also removes stored files that no attachment refers to
  list KIND [--filter TEXT] [--format table|csv|json] [--max-classification 0-3]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions,
                        organizations
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
                        (without a database yet, the backup becomes it)
  search TEXT [--format table|json] [--max-classification 0-3]
                        every record containing TEXT, grouped by kind, best first
  import FILE [--dry-run] [--what KIND]
                        add and update records from CSV or JSON; all or nothing
  export --format csv|json|ics [--what KIND|all] [--max-classification 0-3] -o FILE
                        write records (JSON: complete dump; CSV: one kind; ics: events)
  brief (--country CODE | --dialogue ID | --forum ID) [--from DATE] [--to DATE]
        [--lang en|ja] [--max-classification 0-3] [--as-of YYYY-MM-DD] -o FILE.pdf
                        write a briefing pack (PDF); several codes or ids may be comma-separated;
                        records marked above --max-classification (default 0) are left out

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  --max-classification 0-3
                        list, search, export: computed as if every record marked above the level,
                        and every row naming one, did not exist (default 3: everything)
  -h, --help            show this help
  -v, --version         show the version

-o FILE never names the database or its files, a device or a pipe; an existing FILE is replaced
once the new one is complete. -o - writes an export or a pack to standard output.
</source>
        <translation>使い方: liaison [--db PATH] [--lang en|ja] [COMMAND]

コマンドを指定しない場合は、データベースを開いてLiaisonのウィンドウを表示します。

コマンド:
  init [--empty]        データベースを作成する。--empty を指定しない場合は同梱のデータセットを読み込む
  check [--repair]      整合性、外部キー及びスキーマバージョンを検査する（問題があれば終了コード1）。
                        --repair はどの添付ファイルからも参照されていない保存ファイルも削除する
  list KIND [--filter TEXT] [--format table|csv|json] [--max-classification 0-3]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions,
                        organizations
  backup -o FILE        検証済みのデータベースの写しを保存する（SQLiteのバックアップAPI）
  restore FILE          検証済みのバックアップでデータベースを置き換える（置き換えたものは残す）
                        （データベースがまだない場合は、バックアップがそのデータベースになる）
  search TEXT [--format table|json] [--max-classification 0-3]
                        TEXTを含むすべてのレコードを種別ごとにまとめ、該当度の高い順に表示する
  import FILE [--dry-run] [--what KIND]
                        CSV又はJSONからレコードを追加・更新する（全件を反映するか、一切反映しない）
  export --format csv|json|ics [--what KIND|all] [--max-classification 0-3] -o FILE
                        レコードを書き出す（JSON: 全データ、CSV: 1種別、ics: 会合等）
  brief (--country CODE | --dialogue ID | --forum ID) [--from DATE] [--to DATE]
        [--lang en|ja] [--max-classification 0-3] [--as-of YYYY-MM-DD] -o FILE.pdf
                        ブリーフィング資料（PDF）を作成する。コード又はIDはカンマ区切りで複数指定できる。
                        --max-classification（既定値 0）を超える取扱区分のレコードは含めない

オプション:
  --db PATH             データベースファイル（既定値: $LIAISON_DB、未設定の場合は %1）
  --lang en|ja          名称及びメッセージの言語
  --max-classification 0-3
                        list、search、export: その区分を超えるレコードとそれを指す行がすべて
                        存在しないものとして出力する（既定値 3: すべて）
  -h, --help            このヘルプを表示する
  -v, --version         バージョンを表示する

-o FILE にはデータベース及びその関連ファイル、デバイス、パイプを指定できない。既存のFILEは、
新しいファイルが完成してから置き換える。-o - はエクスポート又は資料を標準出力に書き出す。
</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Edit Country</source>
        <translation>国・地域の編集</translation>
    </message>
    <message>
        <source>New Country</source>
        <translation>国・地域の新規作成</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>例：JP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ISO 3166 name in English</source>
        <translation>ISO 3166の英語名称</translation>
    </message>
    <message>
        <source>ISO name (English)</source>
        <translation>ISO名称（英語）</translation>
    </message>
    <message>
        <source>ISO 3166 name in Japanese</source>
        <translation>ISO 3166の日本語名称</translation>
    </message>
    <message>
        <source>ISO name (Japanese)</source>
        <translation>ISO名称（日本語）</translation>
    </message>
    <message>
        <source>e.g. Europe</source>
        <translation>例：欧州</translation>
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
    <name>Database</name>
    <message>
        <source>%1 is %2, not a database file. Nothing was changed.</source>
        <translation>%1 は%2で、データベースファイルではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 は存在しない %2 へのシンボリックリンクです</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>no list of this name is known here</source>
        <translation>この名前のリストはここでは使えません</translation>
    </message>
    <message>
        <source>no field of this name is known here</source>
        <translation>この名前の項目はここでは使えません</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>。「%1」の誤りではありませんか？</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation>（使える名前: %1）</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>Edit Dialogue</source>
        <translation>協議の編集</translation>
    </message>
    <message>
        <source>New Dialogue</source>
        <translation>協議の新規作成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 又は YYYY</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>初回開催</translation>
    </message>
    <message>
        <source>How sure the date is, where it comes from</source>
        <translation>日付の確度及び出典</translation>
    </message>
    <message>
        <source>About the first meeting</source>
        <translation>初回開催に関する注記</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>e.g. the two foreign ministers</source>
        <translation>例：両国外相</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>合意の場</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主担当機関</translation>
    </message>
    <message>
        <source>What is not known yet</source>
        <translation>未確認の事項</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>未確認事項</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
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
    <name>EditController</name>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — 他の利用者：「%2」、あなた：「%3」</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form; saving again records them as a new record.</source>
        <translation>%1

変更内容は入力画面に残っています。もう一度保存すると新しいレコードとして記録されます。</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form; saving again records them as a new event.</source>
        <translation>%1

変更内容は入力画面に残っています。もう一度保存すると新しい会合等として記録されます。</translation>
    </message>
    <message>
        <source>%1

Where their version differs from yours:
%2

Your changes are still in the form. Save again to replace their version with yours, or Cancel to keep theirs.</source>
        <translation>%1

他の利用者の版とあなたの版とで異なる箇所：
%2

変更内容は入力画面に残っています。もう一度保存すると他の利用者の版があなたの版に置き換わります。他の利用者の版を残す場合は「キャンセル」を選んでください。</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>編集できません</translation>
    </message>
    <message>
        <source>Next Round</source>
        <translation>次回会合</translation>
    </message>
    <message>
        <source>Open a dialogue (or one of its meetings) first.</source>
        <translation>先に協議（又はその会合）を開いてください。</translation>
    </message>
</context>
<context>
    <name>EditorParts</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit Event</source>
        <translation>会合等の編集</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>会合等の新規作成</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Dialogue: %1</source>
        <translation>協議：%1</translation>
    </message>
    <message>
        <source>Forum: %1</source>
        <translation>枠組み：%1</translation>
    </message>
    <message>
        <source>Dialogue or forum</source>
        <translation>協議・枠組み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>英語の名称</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>日本語の名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 又は YYYY</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>empty for a one-day event</source>
        <translation>1日のみの場合は空欄</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
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
        <source>e.g. director-general</source>
        <translation>例：局長級</translation>
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
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>1行に1件</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属側</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>参加者を追加</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>参加者を削除</translation>
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
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>フォローアップ事項</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>事項を追加</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>事項を削除</translation>
    </message>
    <message>
        <source>Cited articles</source>
        <translation>引用条項</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Round %1 of this dialogue or forum is already recorded.</source>
        <translation>この協議・枠組みの第%1回は既に記録されています。</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>%1行目の事項：%2</translation>
    </message>
    <message>
        <source>Carried forward from round %1.</source>
        <translation>第%1回から引き継いだ事項です。</translation>
    </message>
    <message>
        <source>Carried forward from the previous meeting.</source>
        <translation>前回会合から引き継いだ事項です。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機関</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国・地域：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>Years: %1 is after %2; the filter is unchanged.</source>
        <translation>期間：%1年が%2年より後になっています。絞り込み条件は変更していません。</translation>
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
    <name>Exporter</name>
    <message>
        <source>--what %1 does not apply to --format %2 (%3)</source>
        <translation>--what %1 は --format %2 には使用できません（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a start date left out of the calendar: %1</source>
        <translation>
            <numerusform>開始日のない会合等%n件はカレンダーに含めていません：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (%2)</source>
        <translation>不明な出力形式「%1」です（%2）</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Classification</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>ウェブアドレスを1行に1件</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ForumEditor</name>
    <message>
        <source>Edit Forum</source>
        <translation>枠組みの編集</translation>
    </message>
    <message>
        <source>New Forum</source>
        <translation>枠組みの新規作成</translation>
    </message>
    <message>
        <source>e.g. ARF</source>
        <translation>例：ARF</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>旧名称</translation>
    </message>
    <message>
        <source>When and why it was renamed</source>
        <translation>名称変更の時期及び理由</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名称変更</translation>
    </message>
    <message>
        <source>e.g. working group</source>
        <translation>例：作業部会</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>e.g. senior officials</source>
        <translation>例：高級実務者</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 又は YYYY</translation>
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
        <source>Web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>e.g. member since 2004</source>
        <translation>例：2004年加盟</translation>
    </message>
    <message>
        <source>Japan&apos;s status</source>
        <translation>日本の参加状況</translation>
    </message>
    <message>
        <source>Meetings Japan hosted</source>
        <translation>日本が主催した会合</translation>
    </message>
    <message>
        <source>Japan hosted</source>
        <translation>日本主催の会合</translation>
    </message>
    <message>
        <source>What is not known yet</source>
        <translation>未確認の事項</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>未確認事項</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>加盟時期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>構成国・地域</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>構成国・地域を追加</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>構成国・地域を削除</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1の履歴</translation>
    </message>
    <message>
        <source>Every change, newest first. Select a change and choose Restore to put back the value it replaced; the restore is recorded here too.</source>
        <translation>すべての変更を新しい順に表示しています。変更を選択して「元の値に戻す」を選ぶと、その変更前の値に戻ります。戻した操作もここに記録されます。</translation>
    </message>
    <message>
        <source>Restore the Earlier Value</source>
        <translation>元の値に戻す</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>action</source>
        <translation>フォローアップ事項</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事国・地域</translation>
    </message>
    <message>
        <source>member</source>
        <translation>構成国・地域</translation>
    </message>
    <message>
        <source>article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>表示上の変更なし</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>event</source>
        <translation>会合等</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>枠組み</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>合意文書</translation>
    </message>
    <message>
        <source>policy item</source>
        <translation>政策文書</translation>
    </message>
    <message>
        <source>cited article</source>
        <translation>引用条項</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>機関</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: %2 added, %3 changed</source>
        <translation>%1：追加%2件、変更%3件</translation>
    </message>
    <message>
        <source>nothing to add or change</source>
        <translation>追加又は変更するレコードはありません</translation>
    </message>
    <message>
        <source>  changed %1 %2: %3</source>
        <translation>  変更 %1 %2：%3</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>試行のみ：何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1を読み込めません（%2）</translation>
    </message>
    <message>
        <source>%1: $.%2: the file has no such list</source>
        <translation>%1：$.%2：ファイルにこのリストがありません</translation>
    </message>
    <message>
        <source>%1: line %2: the header does not match any CSV layout; give --what (%3)</source>
        <translation>%1：%2行目：見出し行がどのCSVレイアウトにも一致しません。--what を指定してください（%3）</translation>
    </message>
    <message>
        <source>%1: there is no CSV layout for &apos;%2&apos; (%3)</source>
        <translation>%1：「%2」のCSVレイアウトはありません（%3）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; is not a column of %5 (see docs/IMPORT-EXPORT.md)</source>
        <translation>%1：%2行目%3列目：「%4」は%5の列ではありません（docs/IMPORT-EXPORT.md を参照）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; appears twice in the header</source>
        <translation>%1：%2行目%3列目：「%4」が見出し行で重複しています</translation>
    </message>
    <message>
        <source>%1: line %2: the header needs the column &apos;%3&apos;</source>
        <translation>%1：%2行目：見出し行に列「%3」が必要です</translation>
    </message>
    <message>
        <source>line %1, field %2</source>
        <translation>%1行目の項目%2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：インポートされませんでした：%2</translation>
    </message>
    <message>
        <source>field %1: another record already has this value</source>
        <translation>項目 %1: 同じ値の別のレコードが既にあります</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist</source>
        <translation>存在しないレコードを参照しています</translation>
    </message>
    <message>
        <source>the database does not accept its values</source>
        <translation>データベースがその値を受け付けません</translation>
    </message>
    <message>
        <source>field %1: the database does not accept this value</source>
        <translation>項目 %1: データベースがこの値を受け付けません</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>%1: %2 (%3): nothing was imported: %4</source>
        <translation>%1: %2（%3）: 何も取り込まれていません: %4</translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and the file was not checked: %2</source>
        <translation>%1 からは何も取り込まれておらず、ファイルは検査されていません: %2</translation>
    </message>
    <message>
        <source>%1: line %2, field id: &apos;%3&apos; is not a record id (a whole number from 1; leave it empty for a new record)</source>
        <translation>%1: %2行目、項目 id: &apos;%3&apos; はレコードIDではありません（1以上の整数。新しいレコードは空欄にしてください）</translation>
    </message>
    <message>
        <source>%1: line %2, field id: record %3 is also on line %4</source>
        <translation>%1: %2行目、項目 id: レコード %3 は%4行目にもあります</translation>
    </message>
    <message>
        <source>%1 is %2, not a file to import; nothing was imported</source>
        <translation>%1 は%2で、取り込むファイルではありません。何も取り込まれていません</translation>
    </message>
</context>
<context>
    <name>JsonStrict</name>
    <message>
        <source>line %1, column %2: %3: the key &quot;%4&quot; appears twice in one object (first at line %5, column %6); a file must say each thing once</source>
        <translation>%1行目 %2列目: %3: キー「%4」が一つのオブジェクトに二度現れます（最初は%5行目 %6列目）。ファイルでは各項目を一度だけ記述してください</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <translation>%1行目 %2列目: %3: %4</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows</source>
        <translation>\%1 はJSONのエスケープではありません</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u の後には16進数4桁が必要です</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a lone low surrogate): the text is not valid Unicode</source>
        <translation>\u%1 は文字の半分です（単独の下位サロゲート）。正しいUnicodeのテキストではありません</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a high surrogate not followed by a low one): the text is not valid Unicode</source>
        <translation>\u%1 は文字の半分です（下位サロゲートの続かない上位サロゲート）。正しいUnicodeのテキストではありません</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8</source>
        <translation>バイト 0x%1 は正しいUTF-8ではありません</translation>
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
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>会合等の新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Record</source>
        <translation>レコードの新規作成(&amp;R)</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>国・地域…</translation>
    </message>
    <message>
        <source>Dialogue…</source>
        <translation>協議…</translation>
    </message>
    <message>
        <source>Forum…</source>
        <translation>枠組み…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>合意文書…</translation>
    </message>
    <message>
        <source>Policy Item…</source>
        <translation>政策文書…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>レコードの編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Round…</source>
        <translation>次回会合(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>レコードの削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>添付ファイル(&amp;A)…</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>履歴に記録する氏名(&amp;N)…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>変更されませんでした</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>「%1」を削除しますか。元に戻す（Ctrl+Z）で復元できます。</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>削除されませんでした</translation>
    </message>
    <message>
        <source>“%1” was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>「%1」を削除しました。元に戻す（Ctrl+Z）で復元できます。</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>会合等の削除</translation>
    </message>
    <message>
        <source>Delete “%1” with its participants and follow-up actions? Undo (Ctrl+Z) brings it back.</source>
        <translation>「%1」を参加者及びフォローアップ事項とともに削除しますか。元に戻す（Ctrl+Z）で復元できます。</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>フォローアップ事項の削除</translation>
    </message>
    <message>
        <source>Delete the action “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>フォローアップ事項「%1」を削除しますか。元に戻す（Ctrl+Z）で復元できます。</translation>
    </message>
    <message>
        <source>Attachments of %1</source>
        <translation>%1の添付ファイル</translation>
    </message>
    <message>
        <source>Your Name in the History</source>
        <translation>履歴に記録する氏名</translation>
    </message>
    <message>
        <source>Every change you save is recorded in the history under this name. By default it is your account name on this computer.</source>
        <translation>保存した変更は、すべてこの氏名で履歴に記録されます。既定では、このコンピュータのアカウント名が使われます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name not changed</source>
        <translation>氏名は変更されませんでした</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>履歴を読み込めません</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Put back the value from before this change? The restore is recorded in the history too.</source>
        <translation>この変更の前の値に戻しますか。戻した操作も履歴に記録されます。</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>元に戻されませんでした</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>ブリーフィング資料(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json);;All files (*)</source>
        <translation>CSV又はJSON (*.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>インポートできません</translation>
    </message>
    <message>
        <source>Import these records?</source>
        <translation>これらのレコードをインポートしますか。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1をインポートしました</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Complete dump (*.json);;Events as CSV (*.csv);;Events as calendar (*.ics)</source>
        <translation>全データ (*.json);;会合等（CSV） (*.csv);;会合等（カレンダー） (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1にエクスポートしました</translation>
    </message>
    <message>
        <source>Organization…</source>
        <translation>機関…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>タグ(&amp;T)…</translation>
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
    <name>OrganizationEditor</name>
    <message>
        <source>Edit Organization</source>
        <translation>機関の編集</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>機関の新規作成</translation>
    </message>
    <message>
        <source>e.g. JPCERT/CC</source>
        <translation>例：JPCERT/CC</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. national CERT, ministry, company</source>
        <translation>例：ナショナルCERT、省庁、企業</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
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
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>会合等件数</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではないもの</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; name the file itself</source>
        <translation>%1 は存在しない %2 へのシンボリックリンクです。ファイルそのものを指定してください</translation>
    </message>
    <message>
        <source>%1 is %2; write to a regular file, or to standard output with -o -</source>
        <translation>%1 は%2です。通常のファイルに書き出すか、-o - で標準出力に書き出してください</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダ %2 がありません</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder</source>
        <translation>%1 に書き込めません: %2 はフォルダではありません</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 に書き込めません（%2）</translation>
    </message>
    <message>
        <source>%1 is the open database %2; it would be destroyed. Choose another file name</source>
        <translation>%1 は開いているデータベース %2 です。上書きすると失われます。別のファイル名を指定してください</translation>
    </message>
    <message>
        <source>%1 is %2, a file SQLite keeps for the open database; it would be damaged. Choose another file name</source>
        <translation>%1 は %2、開いているデータベースのためにSQLiteが使うファイルです。上書きすると壊れます。別のファイル名を指定してください</translation>
    </message>
    <message>
        <source>%1 is in %2, the attachment store of the open database; choose a file outside it</source>
        <translation>%1 は開いているデータベースの添付ファイル保管場所 %2 の中にあります。その外のファイルを指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2 holds %3 bytes free). Nothing was written</source>
        <translation>%1 に書き込めません: ディスクがいっぱいです（%2 の空きは %3 バイト）。何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Nothing was written</source>
        <translation>%1 に書き込めません（%2）。何も書き込まれていません</translation>
    </message>
    <message>
        <source>standard output cannot be written (%1)</source>
        <translation>標準出力に書き込めません（%1）</translation>
    </message>
</context>
<context>
    <name>PolicyItemEditor</name>
    <message>
        <source>Edit Policy Item</source>
        <translation>政策文書の編集</translation>
    </message>
    <message>
        <source>New Policy Item</source>
        <translation>政策文書の新規作成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. statute, strategy</source>
        <translation>例：法律、戦略</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>e.g. Act No. 104 of 2014</source>
        <translation>例：平成26年法律第104号</translation>
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
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 又は YYYY</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What the date is (adopted, promulgated…) and how sure</source>
        <translation>日付の意味（制定日、公布日等）及び確度</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>日付に関する注記</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>見出し（英語）</translation>
    </message>
    <message>
        <source>Label (Japanese)</source>
        <translation>見出し（日本語）</translation>
    </message>
    <message>
        <source>Subject (English)</source>
        <translation>内容（英語）</translation>
    </message>
    <message>
        <source>Subject (Japanese)</source>
        <translation>内容（日本語）</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Add provision</source>
        <translation>条項を追加</translation>
    </message>
    <message>
        <source>Remove provision</source>
        <translation>条項を削除</translation>
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
    <message>
        <source>Cited articles</source>
        <translation>引用条項</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策文書</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events.</source>
        <translation>会合等%2件のうち直近の%1件を表示しています。</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>%2件のうち最初の%1件を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>Tag · on %n record(s)</source>
        <translation>
            <numerusform>タグ · %n件のレコードに付与</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>多国間枠組み</translation>
    </message>
    <message>
        <source>Policy items</source>
        <translation>政策文書</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>No record carries this tag.</source>
        <translation>このタグが付いたレコードはありません。</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>機関</translation>
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
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>「%1」をやり直せません：%2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>「%1」を元に戻せません：%2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」の編集</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>「%1」の削除</translation>
    </message>
    <message>
        <source>The dialogue has no meetings yet; record the first one with New Event.</source>
        <translation>この協議にはまだ会合がありません。初回の会合は「会合等の新規作成」で記録してください。</translation>
    </message>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — 他の利用者：「%2」、あなた：「%3」</translation>
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
        <source>Round</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
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
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>タグ「%1」の追加</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>タグ「%1」の名称変更（「%2」へ）</translation>
    </message>
    <message>
        <source>Colour of tag “%1”</source>
        <translation>タグ「%1」の色の変更</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>タグ「%1」の統合（「%2」へ）</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>タグ「%1」の削除</translation>
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
    <message>
        <source>Organizations</source>
        <translation>機関</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The disk is full (or %1 reached its size limit): this change was not saved; everything saved before is intact. Free some disk space and save again.</source>
        <translation>ディスクの空き容量が不足しているか、%1がサイズの上限に達しています。この変更は保存されていませんが、これまでに保存した内容は損なわれていません。ディスクの空き容量を確保して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>%1 is busy: another Liaison window or program kept it locked for more than 5 seconds. This change was not saved; try again in a moment.</source>
        <translation>%1は使用中です。別のLiaisonのウィンドウ又はプログラムが5秒を超えてロックしています。この変更は保存されていません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only): this change was not saved.</source>
        <translation>%1に書き込めません（ファイル又はフォルダが読み取り専用です）。この変更は保存されていません。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error on %1: this change was not saved. Check the disk, then run &quot;liaison check&quot;.</source>
        <translation>%1でディスクの入出力エラーが発生しました。この変更は保存されていません。ディスクを確認してから「liaison check」を実行してください。</translation>
    </message>
    <message>
        <source>%1 is damaged: this change was not saved. Restore it from a backup.</source>
        <translation>%1は破損しています。この変更は保存されていません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 (or its journal beside it) cannot be opened: this change was not saved.</source>
        <translation>%1（又は同じ場所にあるジャーナル）を開けません。この変更は保存されていません。</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated, e.g. capacity building, CERT</source>
        <translation>カンマ区切り（例：能力構築, CERT）</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>国・地域%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>協議%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>枠組み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>会合等%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>合意文書%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy item(s)</source>
        <translation>
            <numerusform>政策文書%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>on no record</source>
        <translation>付与先なし</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>機関%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag with id %1 (it may have been deleted).</source>
        <translation>ID %1のタグはありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>A tag called “%1” exists already.</source>
        <translation>「%1」という名称のタグは既にあります。</translation>
    </message>
    <message>
        <source>Another tag is called “%1” already (names are compared without regard to case). To make them one tag, use Merge into… instead.</source>
        <translation>「%1」という名称のタグは既にあります（名称は大文字・小文字を区別せずに比較します）。1つのタグにまとめる場合は、「統合先」で統合してください。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>同じタグに統合することはできません。</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>タグを絞り込み</translation>
    </message>
    <message>
        <source>A new name, or the selected tag&apos;s</source>
        <translation>新しい名称又は選択中のタグの名称</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名称変更(&amp;R)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>No Colo&amp;ur</source>
        <translation>色なし(&amp;U)</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>統合先：</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Show Records</source>
        <translation>レコードを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>やり直し(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>タグを読み込めません</translation>
    </message>
    <message>
        <source>No tag was added</source>
        <translation>タグは追加されませんでした</translation>
    </message>
    <message>
        <source>The tag was not renamed</source>
        <translation>タグの名称は変更されませんでした</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>タグの色</translation>
    </message>
    <message>
        <source>The colour was not changed</source>
        <translation>色は変更されませんでした</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>タグの統合</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? The %n record(s) carrying “%1” will carry “%2”, and “%1” goes. Undo (Ctrl+Z) separates them again.</source>
        <translation>
            <numerusform>「%1」を「%2」に統合しますか。「%1」が付いている%n件のレコードには「%2」が付き、「%1」はなくなります。元に戻す（Ctrl+Z）で再び分けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags were not merged</source>
        <translation>タグは統合されませんでした</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>タグの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n record(s) (%2), which lose it. Undo (Ctrl+Z) puts it back on them.</source>
        <translation>
            <numerusform>タグ「%1」を削除しますか。このタグが付いている%n件のレコード（%2）から外れます。元に戻す（Ctrl+Z）で再び付けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not deleted</source>
        <translation>タグは削除されませんでした</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>One lane per dialogue or forum</source>
        <translation>協議・枠組みごとに1行</translation>
    </message>
    <message>
        <source>One lane per country</source>
        <translation>国・地域ごとに1行</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Zoom to every event shown (Home)</source>
        <translation>表示中のすべての会合等が収まるように表示（Home）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation>タイムラインを読み込めません：%1</translation>
    </message>
    <message>
        <source>Cannot read the timeline.</source>
        <translation>タイムラインを読み込めません。</translation>
    </message>
    <message>
        <source>No country recorded</source>
        <translation>国・地域の記録なし</translation>
    </message>
    <message>
        <source>No dialogue or forum</source>
        <translation>協議・枠組みなし</translation>
    </message>
    <message>
        <source>No dated event matches the filters.</source>
        <translation>絞り込み条件に該当する日付のある会合等はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>会合等%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a date, not shown</source>
        <translation>
            <numerusform>、日付不明の%n件は非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>cancelled (faded, struck through)</source>
        <translation>中止（薄色・取消線で表示）</translation>
    </message>
    <message>
        <source>date known only to the month or year</source>
        <translation>日付が年又は月までしか分からないもの</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Other events</source>
        <translation>その他の会合等</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>会合等%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to see each event.</source>
        <translation>拡大すると個々の会合等が表示されます。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>全%3行中%1～%2行目</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name in English or Japanese (or both).</source>
        <translation>名称を英語又は日本語（又は両方）で入力してください。</translation>
    </message>
    <message>
        <source>Too long: %1 characters; at most %2.</source>
        <translation>長すぎます：%1文字です。上限は%2文字です。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY、YYYY-MM 又は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>終了日（%1）が開始日（%2）より前です。</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation>「%1」はウェブアドレス（https://…）ではありません。</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>アドレスが%1文字を超えています。</translation>
    </message>
    <message>
        <source>A round number is between 1 and 10000.</source>
        <translation>回次は1から10000までの数で入力してください。</translation>
    </message>
    <message>
        <source>A round number needs a dialogue or forum.</source>
        <translation>回次を入力する場合は協議又は枠組みを指定してください。</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>事項の内容を入力してください。</translation>
    </message>
    <message>
        <source>Enter the code (2 or 3 capital letters, e.g. JP).</source>
        <translation>コード（大文字2文字又は3文字、例：JP）を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a code: use 2 or 3 capital letters or digits (e.g. JP).</source>
        <translation>「%1」はコードではありません。大文字又は数字2文字又は3文字で入力してください（例：JP）。</translation>
    </message>
    <message>
        <source>Another country already has the code %1.</source>
        <translation>コード%1は既に別の国・地域で使われています。</translation>
    </message>
    <message>
        <source>A bilateral dialogue has 2 parties; %1 are ticked.</source>
        <translation>二国間協議には当事国・地域を2つ選択してください（現在%1）。</translation>
    </message>
    <message>
        <source>A trilateral dialogue has 3 parties; %1 are ticked.</source>
        <translation>三者間協議には当事国・地域を3つ選択してください（現在%1）。</translation>
    </message>
    <message>
        <source>A minilateral dialogue has 3 or more parties; %1 are ticked.</source>
        <translation>少数国間協議には当事国・地域を3つ以上選択してください（現在%1）。</translation>
    </message>
    <message>
        <source>Member %1 has no country.</source>
        <translation>%1行目の構成国・地域に国・地域が指定されていません。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1が重複しています。</translation>
    </message>
    <message>
        <source>Member %1: “%2” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1行目の構成国・地域：「%2」は日付ではありません。YYYY、YYYY-MM 又は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>The expiry (%1) is before the signature (%2).</source>
        <translation>失効日（%1）が署名日（%2）より前です。</translation>
    </message>
    <message>
        <source>Enter the article (e.g. 24).</source>
        <translation>条番号を入力してください（例：24）。</translation>
    </message>
    <message>
        <source>Provision %1: %2</source>
        <translation>%1行目の条項：%2</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>第%1条が重複しています。</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values.</source>
        <translation>「%1」は指定できる値ではありません。</translation>
    </message>
    <message>
        <source>A party has no country.</source>
        <translation>国・地域が指定されていない当事国・地域があります。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグの名称を入力してください。</translation>
    </message>
    <message>
        <source>The tag “%1…” is %2 characters long; a tag is at most %3.</source>
        <translation>タグ「%1…」は%2文字あります。タグは%3文字以内で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write #rrggbb (e.g. #1f77b4), or leave it empty.</source>
        <translation>「%1」は色ではありません。#rrggbb の形式（例：#1f77b4）で入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Each participant needs a country, an organization or a name.</source>
        <translation>各参加者には国・地域、機関又は氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter a name in English or Japanese, or an acronym.</source>
        <translation>名称（英語又は日本語）又は略称を入力してください。</translation>
    </message>
    <message>
        <source>Half a character (U+%1, a lone surrogate) at position %2: the text is not valid Unicode.</source>
        <translation>%2文字目に文字の半分（U+%1、単独のサロゲート）があります。正しいUnicodeのテキストではありません。</translation>
    </message>
    <message>
        <source>A NUL character at position %1.</source>
        <translation>%1文字目にNUL文字があります。</translation>
    </message>
    <message>
        <source>The invisible control character U+%1 at position %2.</source>
        <translation>%2文字目に見えない制御文字 U+%1 があります。</translation>
    </message>
    <message>
        <source>The invisible control character U+%1 at position %2 (a line break or tab belongs only in notes, summaries and descriptions).</source>
        <translation>%2文字目に見えない制御文字 U+%1 があります（改行とタブは備考、概要及び内容にのみ使えます）。</translation>
    </message>
    <message>
        <source>The direction control U+%1 at position %2: it would show the text after it reversed.</source>
        <translation>%2文字目に書字方向の制御文字 U+%1 があります。その後のテキストが逆向きに表示されてしまいます。</translation>
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
