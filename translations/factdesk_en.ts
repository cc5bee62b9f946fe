<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>FactDesk::ArticleImporter</name>
    <message>
        <location filename="../app/article/articleimporter.cpp" line="+30" />
        <source>%1: the file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: the file is too large (%2 MB; the limit is %3 MB)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not a regular file</source>
        <translation>%1: not a regular file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1: cannot be read (permission denied)</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+4" />
        <location filename="../app/article/plaintextstreamreader.cpp" line="+49" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1: no article text was found</source>
        <translation>%1: no article text was found</translation>
    </message>
    <message>
        <location filename="../app/article/textencodingdetector.cpp" line="+162" />
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: invalid UTF-8 sequences were replaced by U+FFFD</source>
        <translation>%1: invalid UTF-8 sequences were replaced by U+FFFD</translation>
    </message>
    <message>
        <location line="-17" />
        <source>%1: the UTF-16 text ends with half a character; it was dropped</source>
        <translation>%1: the UTF-16 text ends with half a character; it was dropped</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 unpaired UTF-16 surrogates were replaced by U+FFFD</source>
        <translation>%1: %2 unpaired UTF-16 surrogates were replaced by U+FFFD</translation>
    </message>
    <message>
        <location filename="../app/article/textdecoder.cpp" line="+256" />
        <source>%1: decoded as Windows-1252: the file is not valid UTF-8</source>
        <translation>%1: decoded as Windows-1252: the file is not valid UTF-8</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: read as UTF-16 although the file does not say so (no byte order mark)</source>
        <translation>%1: read as UTF-16 although the file does not say so (no byte order mark)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: not a text file (it holds binary data)</source>
        <translation>%1: not a text file (it holds binary data)</translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticleListModel</name>
    <message>
        <location filename="../app/project/articlelistmodel.cpp" line="+93" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lang.</source>
        <comment>column header: the article's language, abbreviated</comment>
        <translation>Lang.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facts pending review</source>
        <translation>Facts pending review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facts verified (confirmed or corrected)</source>
        <translation>Facts verified (confirmed or corrected)</translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticleMetadataDialog</name>
    <message>
        <location filename="../ui/articles/articlemetadatadialog.cpp" line="+108" />
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The URL must be a web address starting with http:// or https://.</source>
        <translation>The URL must be a web address starting with http:// or https://.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Article Properties</source>
        <translation>Article Properties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Source:</source>
        <comment>publication that ran the article</comment>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publication &amp;date:</source>
        <translation>Publication &amp;date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language:</source>
        <comment>language of the article</comment>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Newspaper, agency or website</source>
        <translation>Newspaper, agency or website</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown</source>
        <comment>publication date</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative dates in the text (“Tuesday”, “last month”) are resolved from this date.</source>
        <translation>Relative dates in the text (“Tuesday”, “last month”) are resolved from this date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figures are read with the rules of this language (decimal comma, “milliard”…).</source>
        <translation>Figures are read with the rules of this language (decimal comma, “milliard”…).</translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticlePane</name>
    <message>
        <location filename="../ui/articles/articlepane.cpp" line="+337" />
        <source>From the end</source>
        <translation>From the end</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From the top</source>
        <translation>From the top</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the article's HTML or Markdown source instead of its text</source>
        <translation>Show the article's HTML or Markdown source instead of its text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this pane</source>
        <translation>Close this pane</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in the article</source>
        <translation>Find in the article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article shown in this pane</source>
        <translation>Article shown in this pane</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an article above or double-click one in the list.</source>
        <translation>Choose an article above or double-click one in the list.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location line="+2" />
        <source> · </source>
        <comment>separator between article details</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticleView</name>
    <message>
        <location filename="../ui/articles/articleview.cpp" line="+379" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br/&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;br/&gt;Corrected to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br/&gt;Corrected to: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>In an open conflict or a failed check: see the Story panel.</source>
        <translation>In an open conflict or a failed check: see the Story panel.</translation>
    </message>
</context>
<context>
    <name>FactDesk::AuditLogDialog</name>
    <message>
        <location filename="../ui/window/auditlogdialog.cpp" line="+78" />
        <location line="+77" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="-74" />
        <source>This project is not saved in a file: it keeps no audit log.</source>
        <translation>This project is not saved in a file: it keeps no audit log.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli</name>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="+88" />
        <source>Prints the figures found in articles (.txt, .md, .html; '-' reads standard input).

Options:
  --lang auto|fr|en     language of the articles (default: detected per article)
  --date YYYY-MM-DD     publication date, anchors relative dates (default: from the file)
  --format json|csv     output format (default: json)
  --time-words          also print dates written without a digit ('Tuesday', 'last year');
                        either way they give the figures of their sentence their as_of
  --print-text          print the text that offsets refer to instead of the figures (give one file)
  --stream-above BYTES  read plain-text files larger than this block by block (default: 16 MiB)
  --stream-block BYTES  size of those blocks (default: 4 MiB)
  -h, --help            show this help

start and end are Unicode code point offsets into the article text: the decoded file for
plain text (line endings turned into LF), the extracted text for HTML and Markdown.
Exit status: 0 success, 1 some file could not be read, 2 bad command line.
</source>
        <translation>Prints the figures found in articles (.txt, .md, .html; '-' reads standard input).

Options:
  --lang auto|fr|en     language of the articles (default: detected per article)
  --date YYYY-MM-DD     publication date, anchors relative dates (default: from the file)
  --format json|csv     output format (default: json)
  --time-words          also print dates written without a digit ('Tuesday', 'last year');
                        either way they give the figures of their sentence their as_of
  --print-text          print the text that offsets refer to instead of the figures (give one file)
  --stream-above BYTES  read plain-text files larger than this block by block (default: 16 MiB)
  --stream-block BYTES  size of those blocks (default: 4 MiB)
  -h, --help            show this help

start and end are Unicode code point offsets into the article text: the decoded file for
plain text (line endings turned into LF), the extracted text for HTML and Markdown.
Exit status: 0 success, 1 some file could not be read, 2 bad command line.
</translation>
    </message>
    <message>
        <location line="+117" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>standard input: cannot be read: %1</source>
        <translation>standard input: cannot be read: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>standard input: too large (the limit is %1 MB)</source>
        <translation>standard input: too large (the limit is %1 MB)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>standard input: no temporary file for it: %1</source>
        <translation>standard input: no temporary file for it: %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>standard input: cannot be spooled to %1: %2</source>
        <translation>standard input: cannot be spooled to %1: %2</translation>
    </message>
    <message>
        <location line="+186" />
        <source>unknown option '%1'</source>
        <translation>unknown option '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>option '%1' needs a value</source>
        <translation>option '%1' needs a value</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--lang must be auto, fr or en, not '%1'</source>
        <translation>--lang must be auto, fr or en, not '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--date must be a valid date written YYYY-MM-DD, not '%1'</source>
        <translation>--date must be a valid date written YYYY-MM-DD, not '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--format must be json or csv, not '%1'</source>
        <translation>--format must be json or csv, not '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 needs a number of bytes, not '%2'</source>
        <translation>%1 needs a number of bytes, not '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no file given</source>
        <translation>no file given</translation>
    </message>
    <message>
        <location line="+3" />
        <source>standard input ('-') can be read only once</source>
        <translation>standard input ('-') can be read only once</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../app/cli/projectcommands.cpp" line="+685" />
        <source>standard output: cannot be written (is the disk full?); the output is incomplete</source>
        <translation>standard output: cannot be written (is the disk full?); the output is incomplete</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+74" />
        <source>unknown command '%1'</source>
        <translation>unknown command '%1'</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::ProjectCommands</name>
    <message>
        <source>No article could be stored, and the project is kept: %1</source>
        <extracomment>%1 why the project created for nothing is kept</extracomment>
        <translation>No article could be stored, and the project is kept: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommands.cpp" line="-570" />
        <source>Usage: factdesk-cli import PROJECT [--lang fr|en] [--editor NAME] [--wait SECONDS] FILE|FOLDER...
Adds articles to PROJECT (created when missing), printing a line for each file as it is stored. --wait: how long to wait for a project another FactDesk holds, or for a team project's server to come back (default 10 s).
Exit status: 0 when every file was imported or skipped as a duplicate, 1 otherwise.</source>
        <translation>Usage: factdesk-cli import PROJECT [--lang fr|en] [--editor NAME] [--wait SECONDS] FILE|FOLDER...
Adds articles to PROJECT (created when missing), printing a line for each file as it is stored. --wait: how long to wait for a project another FactDesk holds, or for a team project's server to come back (default 10 s).
Exit status: 0 when every file was imported or skipped as a duplicate, 1 otherwise.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Usage: factdesk-cli list PROJECT
Prints every fact, tab-separated: id, status, kind, value, unit, article id, text as written.</source>
        <translation>Usage: factdesk-cli list PROJECT
Prints every fact, tab-separated: id, status, kind, value, unit, article id, text as written.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>--lang needs a value</source>
        <translation>--lang needs a value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--lang is fr, en or auto</source>
        <translation>--lang is fr, en or auto</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+196" />
        <source>--editor needs a name</source>
        <translation>--editor needs a name</translation>
    </message>
    <message>
        <location line="-370" />
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location line="+64" />
        <source>cannot change %1: %2. Nothing was changed.</source>
        <extracomment>%1 is the project file, %2 why it cannot be written ("the file is read-only")</extracomment>
        <translation>cannot change %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>a project and at least one file are needed</source>
        <translation>a project and at least one file are needed</translation>
    </message>
    <message>
        <location line="+26" />
        <source>already in the project</source>
        <translation>already in the project</translation>
    </message>
    <message>
        <location line="+18" />
        <source>figure no longer in the text</source>
        <translation>figure no longer in the text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>figure changed</source>
        <translation>figure changed</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 imported, %2 updated, %3 duplicates skipped, %4 failed, %5 facts need attention</source>
        <translation>%1 imported, %2 updated, %3 duplicates skipped, %4 failed, %5 facts need attention</translation>
    </message>
    <message>
        <location line="+85" />
        <source>--fact needs an id</source>
        <translation>--fact needs an id</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--reject needs a reason</source>
        <translation>--reject needs a reason</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+51" />
        <source>--correct needs a value</source>
        <translation>--correct needs a value</translation>
    </message>
    <message>
        <location line="-34" />
        <source>--note needs a text</source>
        <translation>--note needs a text</translation>
    </message>
    <message>
        <location line="+38" />
        <source>unknown reason '%1'</source>
        <translation>unknown reason '%1'</translation>
    </message>
    <message>
        <location line="-397" />
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the project is missing</source>
        <translation>the project is missing</translation>
    </message>
    <message>
        <location line="+378" />
        <source>--fact needs a positive number</source>
        <translation>--fact needs a positive number</translation>
    </message>
    <message>
        <location line="+51" />
        <source>there is no fact %1 in %2</source>
        <translation>there is no fact %1 in %2</translation>
    </message>
    <message>
        <location line="+124" />
        <source>--format needs csv or json</source>
        <translation>--format needs csv or json</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--excel needs fr or en</source>
        <translation>--excel needs fr or en</translation>
    </message>
    <message>
        <location line="+5" />
        <source>-o needs a file name</source>
        <translation>-o needs a file name</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--format is csv or json</source>
        <translation>--format is csv or json</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--excel is fr or en</source>
        <translation>--excel is fr or en</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--excel only applies to csv</source>
        <translation>--excel only applies to csv</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--all and --measures do not go together: the measures hold every fact not rejected</source>
        <translation>--all and --measures do not go together: the measures hold every fact not rejected</translation>
    </message>
    <message>
        <location line="+56" />
        <source>give exactly one project</source>
        <translation>give exactly one project</translation>
    </message>
    <message>
        <location line="-611" />
        <source>(--wait SECONDS waits longer; the default is %1 s.)</source>
        <translation>(--wait SECONDS waits longer; the default is %1 s.)</translation>
    </message>
    <message>
        <location line="+83" />
        <source>--wait needs a number of seconds from 0 to 3600</source>
        <translation>--wait needs a number of seconds from 0 to 3600</translation>
    </message>
    <message>
        <location line="+107" />
        <source>%1 was not created: no article could be stored in it.</source>
        <translation>%1 was not created: no article could be stored in it.</translation>
    </message>
    <message>
        <location line="-139" />
        <source>Usage: factdesk-cli repair PROJECT [--wait SECONDS]
Checks PROJECT in full and, when its indexes are damaged, rebuilds them on a copy that replaces it once it passes the check (the damaged file is kept as PROJECT.before-repair).
Exit status: 0 when the project is sound or was repaired, 1 when it cannot be repaired this way.</source>
        <translation>Usage: factdesk-cli repair PROJECT [--wait SECONDS]
Checks PROJECT in full and, when its indexes are damaged, rebuilds them on a copy that replaces it once it passes the check (the damaged file is kept as PROJECT.before-repair).
Exit status: 0 when the project is sound or was repaired, 1 when it cannot be repaired this way.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Usage: factdesk-cli review PROJECT --fact ID DECISION [--note TEXT] [--editor NAME] [--wait SECONDS]
       factdesk-cli review PROJECT --fact ID --note TEXT
       factdesk-cli review PROJECT --article ID --add START:END [--note TEXT]
DECISION is one of:
  --confirm             the figure as read is right (a correction is dropped)
  --correct VALUE       VALUE is read in the article's language ("4,2", "13 milliards");
                        a value without a unit keeps the fact's kind and unit
    [--kind KIND] [--unit UNIT]  set them by hand (money, percent, count, quantity,
                        multiplier, date, number)
    [--change-kind]     accept a correction whose text changes the fact's kind
                        ("13 milliards" over a date); without it that is refused
  --reject REASON       not_a_figure, product_name, duplicate, wrong_reading, other
  --pending             back to pending
  --delete              delete a figure added by hand
--add adds the figure the extractor missed between START and END (code points, as
extract prints them), widened to whole words and read by the extractor.
--wait: how long to wait for a project another FactDesk holds, or for a team project's server to come back (default 10 s).
Exit status: 0 once the decision is saved, or when the fact already stood so (standard error then says who decided it first; the attempt has its line in the audit log), 1 when it could not be saved, 2 for a wrong command line, 4 when someone else changed the fact since the command read it (nothing was overwritten).</source>
        <translation>Usage: factdesk-cli review PROJECT --fact ID DECISION [--note TEXT] [--editor NAME] [--wait SECONDS]
       factdesk-cli review PROJECT --fact ID --note TEXT
       factdesk-cli review PROJECT --article ID --add START:END [--note TEXT]
DECISION is one of:
  --confirm             the figure as read is right (a correction is dropped)
  --correct VALUE       VALUE is read in the article's language ("4,2", "13 milliards");
                        a value without a unit keeps the fact's kind and unit
    [--kind KIND] [--unit UNIT]  set them by hand (money, percent, count, quantity,
                        multiplier, date, number)
    [--change-kind]     accept a correction whose text changes the fact's kind
                        ("13 milliards" over a date); without it that is refused
  --reject REASON       not_a_figure, product_name, duplicate, wrong_reading, other
  --pending             back to pending
  --delete              delete a figure added by hand
--add adds the figure the extractor missed between START and END (code points, as
extract prints them), widened to whole words and read by the extractor.
--wait: how long to wait for a project another FactDesk holds, or for a team project's server to come back (default 10 s).
Exit status: 0 once the decision is saved, or when the fact already stood so (standard error then says who decided it first; the attempt has its line in the audit log), 1 when it could not be saved, 2 for a wrong command line, 4 when someone else changed the fact since the command read it (nothing was overwritten).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Usage: factdesk-cli export PROJECT --format csv|json [--all | --measures] [--excel fr|en] [-o FILE|-]
Writes the verified facts (all of them with --all) to FILE (written whole or not at all), or to standard output without -o or with -o -.
--measures writes the story ledger instead: one row per measure and article.</source>
        <translation>Usage: factdesk-cli export PROJECT --format csv|json [--all | --measures] [--excel fr|en] [-o FILE|-]
Writes the verified facts (all of them with --all) to FILE (written whole or not at all), or to standard output without -o or with -o -.
--measures writes the story ledger instead: one row per measure and article.</translation>
    </message>
    <message>
        <location line="+238" />
        <source>--article needs an id</source>
        <translation>--article needs an id</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--add needs START:END</source>
        <translation>--add needs START:END</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--kind needs a kind</source>
        <translation>--kind needs a kind</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--unit needs a unit</source>
        <translation>--unit needs a unit</translation>
    </message>
    <message>
        <location line="+22" />
        <source>give --note or one of --confirm, --reject, --correct, --pending, --delete, --add</source>
        <translation>give --note or one of --confirm, --reject, --correct, --pending, --delete, --add</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--add needs --article with a positive number, not --fact</source>
        <translation>--add needs --article with a positive number, not --fact</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--kind, --unit and --change-kind go with --correct</source>
        <translation>--kind, --unit and --change-kind go with --correct</translation>
    </message>
    <message>
        <location line="+19" />
        <source>unknown kind '%1'</source>
        <translation>unknown kind '%1'</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--add needs START:END, code points with START &lt; END, as extract prints them</source>
        <translation>--add needs START:END, code points with START &lt; END, as extract prints them</translation>
    </message>
    <message>
        <location line="+41" />
        <source>there is no article %1 in %2</source>
        <translation>there is no article %1 in %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>article %1 in %2</source>
        <translation>article %1 in %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>fact %1 in %2</source>
        <translation>fact %1 in %2</translation>
    </message>
    <message>
        <location line="-17" />
        <source>%1: %2 Nothing was changed.</source>
        <extracomment>%1 is "fact 3 in project.factdesk", %2 why nothing was changed</extracomment>
        <translation>%1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Give --change-kind to correct it all the same.</source>
        <translation>Give --change-kind to correct it all the same.</translation>
    </message>
    <message>
        <location line="+203" />
        <source>repair works on project files; a team project's server keeps its own indexes sound.</source>
        <translation>repair works on project files; a team project's server keeps its own indexes sound.</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::StoryCommand</name>
    <message>
        <location filename="../app/cli/storycommand.cpp" line="+17" />
        <source>Usage: factdesk-cli story PROJECT [--format text|json] [--lang fr|en] [--fail-on conflict]
Prints the measures that the project's articles state, with a label for each pair of their values (agree, rounding, update, conflict, scale_trap, not_comparable), and the arithmetic checks.
Exit status: 0, or 3 with --fail-on conflict when an open conflict or an inconsistent check remains; 1 when the project cannot be read, 2 for a wrong command line.</source>
        <translation>Usage: factdesk-cli story PROJECT [--format text|json] [--lang fr|en] [--fail-on conflict]
Prints the measures that the project's articles state, with a label for each pair of their values (agree, rounding, update, conflict, scale_trap, not_comparable), and the arithmetic checks.
Exit status: 0, or 3 with --fail-on conflict when an open conflict or an inconsistent check remains; 1 when the project cannot be read, 2 for a wrong command line.</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::TeamCommands</name>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="+25" />
        <source>Usage: factdesk-cli publish FILE.factdesk URL
Copies the solo project FILE.factdesk (articles, facts, audit log, story decisions) into the empty PostgreSQL database URL, which becomes a team project every analyst opens at once. A database that already holds tables is refused. URL: postgresql://anna@db.example/desk?sslmode=verify-full, postgresql:///desk, service=desk; no password in it (PGPASSWORD, ~/.pgpass, PGPASSFILE, or asked).
Exit status: 0 published, 1 not published (nothing is left half-copied), 2 for a wrong command line.</source>
        <translation>Usage: factdesk-cli publish FILE.factdesk URL
Copies the solo project FILE.factdesk (articles, facts, audit log, story decisions) into the empty PostgreSQL database URL, which becomes a team project every analyst opens at once. A database that already holds tables is refused. URL: postgresql://anna@db.example/desk?sslmode=verify-full, postgresql:///desk, service=desk; no password in it (PGPASSWORD, ~/.pgpass, PGPASSFILE, or asked).
Exit status: 0 published, 1 not published (nothing is left half-copied), 2 for a wrong command line.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Usage: factdesk-cli copy URL FILE.factdesk
Copies the team project URL, as it stands, into the new project file FILE.factdesk (refused when it exists).
Exit status: 0 copied, 1 not copied, 2 for a wrong command line.</source>
        <translation>Usage: factdesk-cli copy URL FILE.factdesk
Copies the team project URL, as it stands, into the new project file FILE.factdesk (refused when it exists).
Exit status: 0 copied, 1 not copied, 2 for a wrong command line.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>two arguments are needed</source>
        <translation>two arguments are needed</translation>
    </message>
    <message>
        <location line="+64" />
        <source>publish copies a project file into a PostgreSQL database</source>
        <translation>publish copies a project file into a PostgreSQL database</translation>
    </message>
    <message>
        <location line="+23" />
        <source>published %1 to %2: %3 articles, %4 facts, %5 audit log lines</source>
        <extracomment>%1 the project file, %2 the team project, %3 and %4 numbers</extracomment>
        <translation>published %1 to %2: %3 articles, %4 facts, %5 audit log lines</translation>
    </message>
    <message>
        <location line="+30" />
        <source>copy copies a team project into a project file</source>
        <translation>copy copies a team project into a project file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists: nothing was copied.</source>
        <translation>%1 already exists: nothing was copied.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>copied %1 to %2</source>
        <extracomment>%1 the team project, %2 the new file</extracomment>
        <translation>copied %1 to %2</translation>
    </message>
</context>
<context>
    <name>FactDesk::DiskSpace</name>
    <message>
        <location filename="../app/project/diskspace.cpp" line="+32" />
        <source>the disk is full (%1 KB free)</source>
        <extracomment>%1 is a number of kilobytes</extracomment>
        <translation>the disk is full (%1 KB free)</translation>
    </message>
</context>
<context>
    <name>FactDesk::EditorNameDialog</name>
    <message>
        <location filename="../ui/window/editornamedialog.cpp" line="+26" />
        <source>Your Name in Reviews</source>
        <translation>Your Name in Reviews</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who reviews the figures? This name is written with each fact you confirm, correct or reject, and with each article you import, in the project's audit log. You can change it later from Review ▸ Your Name in Reviews.</source>
        <translation>Who reviews the figures? This name is written with each fact you confirm, correct or reject, and with each article you import, in the project's audit log. You can change it later from Review ▸ Your Name in Reviews.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>FactDesk::ExportDialog</name>
    <message>
        <location filename="../ui/projectfile/exportdialog.cpp" line="+313" />
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>“%1” is a folder. Choose a file name.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facts could not be exported.</source>
        <translation>The facts could not be exported.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Facts</source>
        <translation>Export Facts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON (W3C Web Annotations)</source>
        <translation>JSON (W3C Web Annotations)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facts:</source>
        <comment>which facts to export</comment>
        <translation>Facts:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Spreadsheet:</source>
        <translation>&amp;Spreadsheet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CSV (comma, decimal point)</source>
        <translation>Standard CSV (comma, decimal point)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel in French (semicolon, decimal comma)</source>
        <translation>Excel in French (semicolon, decimal comma)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel in English (comma, decimal point)</source>
        <translation>Excel in English (comma, decimal point)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel reads a CSV file with the separators of the system’s language.</source>
        <translation>Excel reads a CSV file with the separators of the system’s language.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Output file:</source>
        <translation>&amp;Output file:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview:</source>
        <comment>of the exported file</comment>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <comment>verb</comment>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>&amp;Verified facts only (%n)</source>
        <comment>confirmed or corrected facts</comment>
        <translation>
            <numerusform>&amp;Verified facts only (%n)</numerusform>
            <numerusform>&amp;Verified facts only (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&amp;All facts (%n)</source>
        <comment>whatever their review status</comment>
        <translation>
            <numerusform>&amp;All facts (%n)</numerusform>
            <numerusform>&amp;All facts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>No fact is verified yet.</source>
        <translation>No fact is verified yet.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The project has no facts yet.</source>
        <translation>The project has no facts yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file will hold an empty collection.</source>
        <translation>The file will hold an empty collection.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file will hold the column names only.</source>
        <translation>The file will hold the column names only.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n fact(s) will be exported; the preview shows the first ones.</source>
        <translation>
            <numerusform>%n fact will be exported; the preview shows the first ones.</numerusform>
            <numerusform>%n facts will be exported; the preview shows the first ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n fact(s) will be exported; the preview shows the first rows.</source>
        <translation>
            <numerusform>%n fact will be exported; the preview shows the first rows.</numerusform>
            <numerusform>%n facts will be exported; the preview shows the first rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Facts To</source>
        <translation>Export Facts To</translation>
    </message>
</context>
<context>
    <name>FactDesk::ExportRows</name>
    <message>
        <location filename="../app/export/exportrows.cpp" line="+203" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system's reason ("No space left on device", "Permission denied")</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location line="-17" />
        <source>the export was cancelled</source>
        <translation>the export was cancelled</translation>
    </message>
</context>
<context>
    <name>FactDesk::UnchangedReview</name>
    <message>
        <location filename="../app/project/unchangedreview.cpp" line="+1" />
        <source>The fact already has this note: nothing was changed.</source>
        <translation>The fact already has this note: nothing was changed.</translation>
    </message>
    <message>
        <source>The fact is already pending: nothing was changed.</source>
        <translation>The fact is already pending: nothing was changed.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 already confirmed this fact: nothing was changed.</source>
        <extracomment>%1 is who: &quot;Anna already confirmed this fact: nothing was changed.&quot;</extracomment>
        <translation>%1 already confirmed this fact: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already corrected this fact to this value: nothing was changed.</source>
        <translation>%1 already corrected this fact to this value: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already rejected this fact for this reason: nothing was changed.</source>
        <translation>%1 already rejected this fact for this reason: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already confirmed this fact %2 ago: nothing was changed.</source>
        <extracomment>%1 is who, %2 how long ago (&quot;8 s&quot;): &quot;Anna already confirmed this fact 8 s ago: …&quot;</extracomment>
        <translation>%1 already confirmed this fact %2 ago: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already corrected this fact to this value %2 ago: nothing was changed.</source>
        <translation>%1 already corrected this fact to this value %2 ago: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already rejected this fact for this reason %2 ago: nothing was changed.</source>
        <translation>%1 already rejected this fact for this reason %2 ago: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactConflict</name>
    <message>
        <location filename="../app/project/factconflict.cpp" line="+13" />
        <source>%1 s</source>
        <extracomment>seconds, as in "8 s ago"</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 min</source>
        <extracomment>minutes, as in "3 min ago"</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 h</source>
        <extracomment>hours, as in "2 h ago"</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 d</source>
        <extracomment>days, as in "4 d ago"</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else removed this fact meanwhile: nothing was changed.</source>
        <translation>Someone else removed this fact meanwhile: nothing was changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else changed this fact meanwhile: nothing was overwritten. It is shown as it is now.</source>
        <translation>Someone else changed this fact meanwhile: nothing was overwritten. It is shown as it is now.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 undid a change to this fact %2 ago.</source>
        <extracomment>%1 is who, %2 how long ago ("8 s")</extracomment>
        <translation>%1 undid a change to this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 confirmed this fact %2 ago.</source>
        <extracomment>%1 is who, %2 how long ago ("8 s"): "Anna confirmed this fact 8 s ago."</extracomment>
        <translation>%1 confirmed this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 corrected this fact %2 ago.</source>
        <translation>%1 corrected this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 rejected this fact %2 ago.</source>
        <translation>%1 rejected this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 set this fact back to pending %2 ago.</source>
        <translation>%1 set this fact back to pending %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed the note of this fact %2 ago.</source>
        <translation>%1 changed the note of this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 removed this fact %2 ago.</source>
        <translation>%1 removed this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed this fact %2 ago.</source>
        <translation>%1 changed this fact %2 ago.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was overwritten; the fact is shown as it is now.</source>
        <translation>Nothing was overwritten; the fact is shown as it is now.</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactEditor</name>
    <message>
        <location filename="../ui/review/facteditor.cpp" line="+206" />
        <source>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3”</source>
        <comment>a figure and its article</comment>
        <translation>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Elsewhere: no figure like it in the other articles.</source>
        <translation>Elsewhere: no figure like it in the other articles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Elsewhere: %1</source>
        <extracomment>The same kind of figure, about the same names, in other articles: where they may disagree</extracomment>
        <translation>Elsewhere: %1</translation>
    </message>
    <message>
        <location line="+220" />
        <source>No figure selected</source>
        <translation>No figure selected</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Press %1 for the next fact to check, %2 for every key.</source>
        <translation>Press %1 for the next fact to check, %2 for every key.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (added by hand)</source>
        <translation>%1 (added by hand)</translation>
    </message>
    <message>
        <location line="+177" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note (saved when you leave the field, or with Ctrl+Return or Esc):</source>
        <translation>&amp;Note (saved when you leave the field, or with Ctrl+Return or Esc):</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back to Pending</source>
        <translation>Back to Pending</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="-545" />
        <source>History: cannot be read (%1)</source>
        <translation>History: cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, %2: %3</source>
        <comment>when, who: what</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>History: nothing written yet.</source>
        <translation>History: nothing written yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>… and %Ln earlier (Review ▸ Audit Log)</source>
        <translation>
            <numerusform>… and %Ln earlier (Review ▸ Audit Log)</numerusform>
            <numerusform>… and %Ln earlier (Review ▸ Audit Log)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3” (%4, %5)</source>
        <comment>a figure of the same measure, its article, its period and how it relates</comment>
        <translation>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3” (%4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n more in the Story panel</source>
        <translation>
            <numerusform>%n more in the Story panel</numerusform>
            <numerusform>%n more in the Story panel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measure &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>the measure a figure states, then its values in the other articles</extracomment>
        <translation>Measure &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location line="+481" />
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The figure is right as written (C)</source>
        <translation>The figure is right as written (C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the value typed above as the right one (E, then Enter)</source>
        <translation>Save the value typed above as the right one (E, then Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a figure to verify (R)</source>
        <translation>This is not a figure to verify (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to pending (P)</source>
        <translation>Back to pending (P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 4,2 or 13 milliards</source>
        <translation>e.g. 4,2 or 13 milliards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the right value in the article's language; either decimal separator is accepted. Enter saves, Esc cancels.</source>
        <translation>Type the right value in the article's language; either decimal separator is accepted. Enter saves, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactModel</name>
    <message>
        <source>%1 (refused)</source>
        <comment>an audit log action refused: someone else had changed the fact first</comment>
        <translation>%1 (refused)</translation>
    </message>
    <message>
        <source>%1 (already so)</source>
        <comment>an audit log action that asked for what the fact already was</comment>
        <translation>%1 (already so)</translation>
    </message>
    <message>
        <location filename="../app/review/factmodel.cpp" line="+96" />
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year, e.g. "Q3 2025"</extracomment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Corrected to %1 %2</source>
        <translation>Corrected to %1 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read as %1 %2</source>
        <translation>Read as %1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location line="+200" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+113" />
        <source>year</source>
        <comment>unit: a date's granularity</comment>
        <translation>year</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quarter</source>
        <comment>unit: a date's granularity</comment>
        <translation>quarter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>month</source>
        <comment>unit: a date's granularity</comment>
        <translation>month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>week</source>
        <comment>unit: a date's granularity</comment>
        <translation>week</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day</source>
        <comment>unit: a date's granularity</comment>
        <translation>day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pp</source>
        <comment>unit: percentage points</comment>
        <translation>pp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bp</source>
        <comment>unit: basis points</comment>
        <translation>bp</translation>
    </message>
    <message>
        <location line="+7" />
        <source>undo: %1</source>
        <comment>audit log action</comment>
        <translation>undo: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>redo: %1</source>
        <comment>audit log action</comment>
        <translation>redo: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>back to pending</source>
        <translation>back to pending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure added by hand</source>
        <translation>figure added by hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure deleted</source>
        <translation>figure deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article imported</source>
        <translation>article imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article imported again</source>
        <translation>article imported again</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article properties</source>
        <translation>article properties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article removed</source>
        <translation>article removed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure accepted</source>
        <translation>measure accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure named</source>
        <translation>measure named</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure moved to another measure</source>
        <translation>figure moved to another measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measures merged</source>
        <translation>measures merged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verdict on a conflict</source>
        <translation>verdict on a conflict</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multiplier</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+11" />
        <source>not a figure</source>
        <translation>not a figure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>product or version name</source>
        <translation>product or version name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>wrong reading</source>
        <translation>wrong reading</translation>
    </message>
    <message>
        <location line="+2" />
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactPanel</name>
    <message>
        <location filename="../ui/review/factpanel.cpp" line="+143" />
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <location line="+393" />
        <source>This figure is hidden by the filters above: the review keys act on the listed figures only.</source>
        <translation>This figure is hidden by the filters above: the review keys act on the listed figures only.</translation>
    </message>
    <message>
        <location line="+96" />
        <location line="+74" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message numerus="yes">
        <location line="-38" />
        <source>%Ln fact(s)</source>
        <translation>
            <numerusform>%Ln fact</numerusform>
            <numerusform>%Ln facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%L1 of %Ln fact(s)</source>
        <translation>
            <numerusform>%L1 of %Ln fact</numerusform>
            <numerusform>%L1 of %Ln facts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kin&amp;d:</source>
        <translation>Kin&amp;d:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Artic&amp;le:</source>
        <translation>Artic&amp;le:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Un&amp;it:</source>
        <translation>Un&amp;it:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Search figures, sentences, notes, titles…</source>
        <translation>Search figures, sentences, notes, titles…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>J/K: next/previous, N: next pending, C: confirm, E: correct, R: reject, P: back to pending</source>
        <translation>J/K: next/previous, N: next pending, C: confirm, E: correct, R: reject, P: back to pending</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+15" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Case and accents are ignored</source>
        <translation>Case and accents are ignored</translation>
    </message>
</context>
<context>
    <name>FactDesk::FigureLabels</name>
    <message>
        <location filename="../ui/articles/figurelabels.cpp" line="+25" />
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>French</source>
        <comment>language of an article</comment>
        <translation>French</translation>
    </message>
    <message>
        <location line="+2" />
        <source>English</source>
        <comment>language of an article</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3" />
        <source>language unknown</source>
        <translation>language unknown</translation>
    </message>
</context>
<context>
    <name>FactDesk::ImportProgress</name>
    <message>
        <location filename="../ui/projectfile/importprogress.cpp" line="+27" />
        <source>Importing Articles</source>
        <translation>Importing Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for articles…</source>
        <translation>Looking for articles…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Importing %1 of %2: %3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>The import was cancelled after %n file(s); nothing was half imported.</source>
        <translation>
            <numerusform>The import was cancelled after %n file; nothing was half imported.</numerusform>
            <numerusform>The import was cancelled after %n files; nothing was half imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n article(s) updated to a new version.</source>
        <translation>
            <numerusform>%n article updated to a new version.</numerusform>
            <numerusform>%n articles updated to a new version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped: their text is already in the project.</source>
        <translation>
            <numerusform>%n duplicate skipped: their text is already in the project.</numerusform>
            <numerusform>%n duplicates skipped: their text is already in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Check %n fact(s) again: their figure changed or disappeared in the new version.</source>
        <translation>
            <numerusform>Check %n fact again: their figure changed or disappeared in the new version.</numerusform>
            <numerusform>Check %n facts again: their figure changed or disappeared in the new version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2</source>
        <comment>file name: reason it failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is no longer in the article.</source>
        <translation>“%1” is no longer in the article.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” now reads “%2”.</source>
        <translation>“%1” now reads “%2”.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Stopping after the current article…</source>
        <translation>Stopping after the current article…</translation>
    </message>
</context>
<context>
    <name>FactDesk::LanguageSwitcher</name>
    <message>
        <location filename="../ui/window/languageswitcher.cpp" line="+145" />
        <source>System</source>
        <comment>interface language that follows the system</comment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>FactDesk::LegendDialog</name>
    <message>
        <location filename="../ui/window/legenddialog.cpp" line="+36" />
        <source>Figure Marks</source>
        <translation>Figure Marks</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The tint says the kind of figure</source>
        <translation>The tint says the kind of figure</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The line under it says where its review is</source>
        <translation>The line under it says where its review is</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dotted: still to check</source>
        <translation>dotted: still to check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>solid: checked and right</source>
        <translation>solid: checked and right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wavy: checked, the right value typed</source>
        <translation>wavy: checked, the right value typed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>struck out, faded: not a figure to check</source>
        <translation>struck out, faded: not a figure to check</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <comment>status: what its mark looks like</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The current figure</source>
        <translation>The current figure</translation>
    </message>
    <message>
        <location line="+5" />
        <source>framed in this colour for as long as it is selected, in the text and in the source</source>
        <translation>framed in this colour for as long as it is selected, in the text and in the source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the fact table, the status column shows the same colour as a dot, with ○ ✓ ✎ ✗ so that the status reads without colour.</source>
        <translation>In the fact table, the status column shows the same colour as a dot, with ○ ✓ ✎ ✗ so that the status reads without colour.</translation>
    </message>
</context>
<context>
    <name>FactDesk::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+361" />
        <source>The sample project could not be saved: %1</source>
        <translation>The sample project could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample Articles</source>
        <translation>Sample Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sample articles could not be opened: %1</source>
        <translation>The sample articles could not be opened: %1</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed: %1 (your user name; click to change)</source>
        <translation>Signed: %1 (your user name; click to change)</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+8" />
        <source>Remove Article</source>
        <translation>Remove Article</translation>
    </message>
    <message numerus="yes">
        <location line="-7" />
        <source>Remove “%1” and its %n fact(s) from the project?</source>
        <translation>
            <numerusform>Remove “%1” and its %n fact from the project?</numerusform>
            <numerusform>Remove “%1” and its %n facts from the project?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their review is lost, and the steps of Undo are cleared.</source>
        <translation>Their review is lost, and the steps of Undo are cleared.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The article could not be removed: %1</source>
        <translation>The article could not be removed: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Select the figure's text in an article first.</source>
        <translation>Select the figure's text in an article first.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No figure like this one in the other articles.</source>
        <translation>No figure like this one in the other articles.</translation>
    </message>
    <message>
        <source>No room for another article pane: close one (%1) or widen the window.</source>
        <translation>No room for another article pane: close one (%1) or widen the window.</translation>
    </message>
    <message>
        <location line="+150" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Figure from Selection</source>
        <translation>&amp;Add Figure from Selection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the selected text as a figure the extractor missed</source>
        <translation>Add the selected text as a figure the extractor missed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article &amp;Properties…</source>
        <translation>Article &amp;Properties…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the title, source, URL, date and language of the article</source>
        <translation>Edit the title, source, URL, date and language of the article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove Article…</source>
        <translation>&amp;Remove Article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the Same Figure Else&amp;where</source>
        <translation>Go to the Same Figure Else&amp;where</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your Na&amp;me in Reviews…</source>
        <translation>Your Na&amp;me in Reviews…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name written with each review and in the audit log</source>
        <translation>The name written with each review and in the audit log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit Log…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every action written in the project file, by whom and when</source>
        <translation>Every action written in the project file, by whom and when</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Article &amp;Pane</source>
        <translation>Add Article &amp;Pane</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Article Pane</source>
        <translation>&amp;Close Article Pane</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Article &amp;List</source>
        <translation>Go to Article &amp;List</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Article &amp;Text</source>
        <translation>Go to Article &amp;Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;Facts</source>
        <translation>Go to &amp;Facts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Figure Marks</source>
        <translation>&amp;Figure Marks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the tints and underlines of the figures mean</source>
        <translation>What the tints and underlines of the figures mean</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find in Article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;maller Text</source>
        <translation>S&amp;maller Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Default Text Size</source>
        <translation>&amp;Default Text Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About FactDesk</source>
        <translation>&amp;About FactDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Selected Figure</source>
        <translation>Selected Figure</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="-591" />
        <location line="+592" />
        <source>This project file cannot be written: reviews are not possible.</source>
        <translation>This project file cannot be written: reviews are not possible.</translation>
    </message>
    <message>
        <location line="-672" />
        <location line="+819" />
        <source>All facts reviewed.</source>
        <translation>All facts reviewed.</translation>
    </message>
    <message numerus="yes">
        <location line="-816" />
        <source>No pending figure among the listed facts; %Ln pending hidden by the filters.</source>
        <translation>
            <numerusform>No pending figure among the listed facts; %Ln pending hidden by the filters.</numerusform>
            <numerusform>No pending figure among the listed facts; %Ln pending hidden by the filters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81" />
        <source>No figure selected: press %1 for the next one to check, or click a figure.</source>
        <translation>No figure selected: press %1 for the next one to check, or click a figure.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The selected figure is hidden by the filters: the review keys act on the listed figures only.</source>
        <translation>The selected figure is hidden by the filters: the review keys act on the listed figures only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only figures added by hand can be deleted; reject (%1) a figure found in the text instead.</source>
        <translation>Only figures added by hand can be deleted; reject (%1) a figure found in the text instead.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This figure is already pending.</source>
        <translation>This figure is already pending.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not possible on this figure.</source>
        <translation>Not possible on this figure.</translation>
    </message>
    <message numerus="yes">
        <location line="+232" />
        <source>Article: %L1 / %Ln verified</source>
        <translation>
            <numerusform>Article: %L1 / %Ln verified</numerusform>
            <numerusform>Article: %L1 / %Ln verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>All articles: %L1 / %Ln verified</source>
        <translation>
            <numerusform>All articles: %L1 / %Ln verified</numerusform>
            <numerusform>All articles: %L1 / %Ln verified</numerusform>
        </translation>
    </message>
    <message>
        <location line="+305" />
        <source>The first other value of the figure's measure (a conflict first), else the first figure under “Elsewhere”</source>
        <translation>The first other value of the figure's measure (a conflict first), else the first figure under “Elsewhere”</translation>
    </message>
    <message>
        <location line="+202" />
        <source>About FactDesk</source>
        <translation>About FactDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;FactDesk %1&lt;/h3&gt;&lt;p&gt;Verify the figures in news articles: amounts, percentages, counts, multipliers and dates, side by side and from the keyboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FactDesk %1&lt;/h3&gt;&lt;p&gt;Verify the figures in news articles: amounts, percentages, counts, multipliers and dates, side by side and from the keyboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-887" />
        <source>Facts exported to %1.</source>
        <translation>Facts exported to %1.</translation>
    </message>
</context>
<context>
    <name>FactDesk::PresenceDelegate</name>
    <message>
        <location filename="../ui/team/presencedelegate.cpp" line="+34" />
        <source>%1 +%2</source>
        <comment>names of analysts on an article, then how many more</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Here now: %1</source>
        <comment>analysts who have this article open</comment>
        <translation>Here now: %1</translation>
    </message>
</context>
<context>
    <name>FactDesk::Project</name>
    <message>
        <location filename="../app/project/project.cpp" line="+90" />
        <location line="+148" />
        <location line="+51" />
        <location line="+23" />
        <location line="+29" />
        <location line="+65" />
        <location line="+26" />
        <location line="+22" />
        <source>The project is read-only.</source>
        <translation>The project is read-only.</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+23" />
        <location line="+29" />
        <location line="+72" />
        <location filename="../app/project/projectimporter.cpp" line="+463" />
        <source>No such article.</source>
        <translation>No such article.</translation>
    </message>
    <message>
        <location line="-64" />
        <location line="+83" />
        <location line="+22" />
        <source>No such fact.</source>
        <translation>No such fact.</translation>
    </message>
    <message>
        <location line="-44" />
        <source>The fact already exists.</source>
        <translation>The fact already exists.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectFileController</name>
    <message>
        <location filename="../ui/projectfile/projectfilecontroller.cpp" line="+89" />
        <location line="+652" />
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <location line="-651" />
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <comment>verb: open a file</comment>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an existing project file</source>
        <translation>Open an existing project file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear List</source>
        <comment>recent files</comment>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the project to another file and continue there</source>
        <translation>Copy the project to another file and continue there</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Articles…</source>
        <translation>&amp;Import Articles…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add text, Markdown or HTML articles to the project</source>
        <translation>Add text, Markdown or HTML articles to the project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add every article file found in a folder and its subfolders</source>
        <translation>Add every article file found in a folder and its subfolders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Facts…</source>
        <translation>&amp;Export Facts…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the facts to a CSV or JSON file</source>
        <translation>Write the facts to a CSV or JSON file</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Project Not Found</source>
        <translation>Project Not Found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project “%1” no longer exists. It was removed from the list of recent projects.</source>
        <translation>The project “%1” no longer exists. It was removed from the list of recent projects.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>FactDesk projects (*.%1)</source>
        <translation>FactDesk projects (*.%1)</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+16" />
        <location line="+65" />
        <location line="+323" />
        <source>Cannot Open Project</source>
        <translation>Cannot Open Project</translation>
    </message>
    <message>
        <location line="-403" />
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project “%1” could not be opened.</source>
        <translation>The project “%1” could not be opened.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opened Read-Only</source>
        <translation>Opened Read-Only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file “%1” is read-only: you may review the project and export facts, but changes cannot be saved. Use Save Project As to continue in a copy you can write to.</source>
        <translation>The file “%1” is read-only: you may review the project and export facts, but changes cannot be saved. Use Save Project As to continue in a copy you can write to.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Project Already Open</source>
        <translation>Project Already Open</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project “%1” could not be loaded.</source>
        <translation>The project “%1” could not be loaded.</translation>
    </message>
    <message>
        <location line="+171" />
        <source>Untitled</source>
        <comment>project without a file</comment>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 [read-only]</source>
        <comment>window title: project file name</comment>
        <translation>%1 [read-only]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — FactDesk</source>
        <comment>window title: project name</comment>
        <translation>%1 — FactDesk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Project</source>
        <comment>dialog title</comment>
        <translation>Open Project</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import Articles</source>
        <translation>Import Articles</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+9" />
        <source>Cannot Create Project</source>
        <translation>Cannot Create Project</translation>
    </message>
    <message>
        <location line="-8" />
        <source>A file named “%1” already exists. Choose another name; FactDesk never replaces a file with an empty project.</source>
        <translation>A file named “%1” already exists. Choose another name; FactDesk never replaces a file with an empty project.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The project “%1” could not be created.</source>
        <translation>The project “%1” could not be created.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The existing file could not be replaced.</source>
        <translation>The existing file could not be replaced.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot Save Project</source>
        <translation>Cannot Save Project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project could not be saved as “%1”.</source>
        <translation>The project could not be saved as “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The copy “%1” was written but could not be opened; you are still working in the original project.</source>
        <translation>The copy “%1” was written but could not be opened; you are still working in the original project.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot Import</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project is read-only. Use Save Project As to continue in a copy you can write to, then import.</source>
        <translation>The project is read-only. Use Save Project As to continue in a copy you can write to, then import.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Import Cancelled</source>
        <translation>Import Cancelled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import Finished</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import into the Sample Project?</source>
        <translation>Import into the Sample Project?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project open is the sample project, kept in %1. Import the articles into a new project of your own, or into the samples?</source>
        <translation>The project open is the sample project, kept in %1. Import the articles into a new project of your own, or into the samples?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Into the &amp;Samples</source>
        <translation>Into the &amp;Samples</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+11" />
        <source>Cannot Edit Article</source>
        <translation>Cannot Edit Article</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The project is read-only: the article’s properties cannot be changed.</source>
        <translation>The project is read-only: the article’s properties cannot be changed.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The article’s properties could not be saved.</source>
        <translation>The article’s properties could not be saved.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot Read Figures Again</source>
        <translation>Cannot Read Figures Again</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The properties were saved, but the figures could not be read again with them.</source>
        <translation>The properties were saved, but the figures could not be read again with them.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Figures Read Again</source>
        <translation>Figures Read Again</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>With the new language or date, %n fact(s) read differently: they are pending again.</source>
        <translation>
            <numerusform>With the new language or date, %n fact read differently: they are pending again.</numerusform>
            <numerusform>With the new language or date, %n facts read differently: they are pending again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-703" />
        <source>Open &amp;Team Project…</source>
        <translation>Open &amp;Team Project…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a project that several analysts share on a PostgreSQL server</source>
        <translation>Open a project that several analysts share on a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+200" />
        <location line="+17" />
        <source>Cannot Open Team Project</source>
        <translation>Cannot Open Team Project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The team project “%1” could not be opened.</source>
        <translation>The team project “%1” could not be opened.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>This does not name a team project.</source>
        <translation>This does not name a team project.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectImporter</name>
    <message>
        <location filename="../app/project/projectimporter.cpp" line="-108" />
        <source>No such file or folder.</source>
        <translation>No such file or folder.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectLocation</name>
    <message>
        <location filename="../app/project/projectlocation.cpp" line="+109" />
        <source>No project was given.</source>
        <translation>No project was given.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 holds a password: FactDesk never takes one from a project's address. Put it in ~/.pgpass (or the file PGPASSFILE names), or let FactDesk ask for it.</source>
        <extracomment>%1 is a PostgreSQL URL shown without its password</extracomment>
        <translation>%1 holds a password: FactDesk never takes one from a project's address. Put it in ~/.pgpass (or the file PGPASSFILE names), or let FactDesk ask for it.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is not a PostgreSQL address: %2</source>
        <extracomment>%1 is what was given, %2 why it cannot be read</extracomment>
        <translation>%1 is not a PostgreSQL address: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is not a PostgreSQL address: a database name has no slash.</source>
        <translation>%1 is not a PostgreSQL address: a database name has no slash.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not a PostgreSQL connection string (key=value pairs).</source>
        <translation>%1 is not a PostgreSQL connection string (key=value pairs).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the value of %2 holds a semicolon, which FactDesk cannot pass on.</source>
        <translation>%1: the value of %2 holds a semicolon, which FactDesk cannot pass on.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2 is not a port number.</source>
        <translation>%1: %2 is not a port number.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>%1 on %2</source>
        <extracomment>a team project's database on its server: "desk on db.example"</extracomment>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectStore</name>
    <message>
        <source>%1 was not created by this command: it is kept.</source>
        <translation>%1 was not created by this command: it is kept.</translation>
    </message>
    <message>
        <source>%1 is kept: another command stored something in it meanwhile.</source>
        <translation>%1 is kept: another command stored something in it meanwhile.</translation>
    </message>
    <message>
        <location filename="../app/project/projectstore.cpp" line="+493" />
        <location line="+2187" />
        <source>Could not save the change to %1: %2</source>
        <extracomment>%1 is the project file, %2 why (e.g. "the disk is full (120 KB free)")</extracomment>
        <translation>Could not save the change to %1: %2</translation>
    </message>
    <message>
        <location line="-2178" />
        <source>The project %1 is open read-only: the change was not saved.</source>
        <translation>The project %1 is open read-only: the change was not saved.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Not stored: the server of %1 cannot be reached (FactDesk keeps trying to reconnect).</source>
        <extracomment>%1 is a team project's address</extracomment>
        <translation>Not stored: the server of %1 cannot be reached (FactDesk keeps trying to reconnect).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Not stored: the connection to %1 was lost while saving; the change is not in the project.</source>
        <translation>Not stored: the connection to %1 was lost while saving; the change is not in the project.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The connection to %1 was lost while saving: whether the change was stored will be known when the server is back.</source>
        <translation>The connection to %1 was lost while saving: whether the change was stored will be known when the server is back.</translation>
    </message>
    <message>
        <location line="+70" />
        <location line="+592" />
        <location line="+402" />
        <location line="+332" />
        <location line="+111" />
        <location line="+27" />
        <location line="+176" />
        <source>Cannot read %1: %2</source>
        <extracomment>%2 is the database's explanation</extracomment>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-1633" />
        <source>%1 is empty: it is not a FactDesk project.</source>
        <translation>%1 is empty: it is not a FactDesk project.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a FactDesk project (it is not an SQLite database).</source>
        <translation>%1 is not a FactDesk project (it is not an SQLite database).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is damaged: its database header is invalid.</source>
        <translation>%1 is damaged: its database header is invalid.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is an SQLite database but not a FactDesk project.</source>
        <translation>%1 is an SQLite database but not a FactDesk project.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+1808" />
        <source>%1 was written by a newer version of FactDesk (project format %2; this version reads up to %3). Open it with a newer FactDesk.</source>
        <extracomment>%2 and %3 are schema version numbers</extracomment>
        <translation>%1 was written by a newer version of FactDesk (project format %2; this version reads up to %3). Open it with a newer FactDesk.</translation>
    </message>
    <message>
        <location line="-1794" />
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 is damaged: the file is truncated.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Cannot create the lock file next to %1.</source>
        <translation>Cannot create the lock file next to %1.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>it is not a FactDesk project</source>
        <translation>it is not a FactDesk project</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the database refused write-ahead logging (journal mode %1)</source>
        <translation>the database refused write-ahead logging (journal mode %1)</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Cannot create %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>Cannot create %1: the folder is not writable.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+19" />
        <location line="+1408" />
        <location line="+6" />
        <source>Cannot create %1: %2</source>
        <extracomment>%2 is the reason given by the system or the database</extracomment>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="-1368" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1399" />
        <source>it was opened read-only</source>
        <translation>it was opened read-only</translation>
    </message>
    <message>
        <location line="-1397" />
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the folder %1 is not writable</source>
        <translation>the folder %1 is not writable</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing can be written in %1: %2</source>
        <extracomment>%1 is a folder, %2 the system's reason ("No space left on device")</extracomment>
        <translation>nothing can be written in %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was written by an older version of FactDesk and must be upgraded, but it is read-only.</source>
        <translation>%1 was written by an older version of FactDesk and must be upgraded, but it is read-only.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is damaged and cannot be opened: %2</source>
        <extracomment>%2 is the database's explanation</extracomment>
        <translation>%1 is damaged and cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown database error</source>
        <translation>unknown database error</translation>
    </message>
    <message>
        <location line="+1119" />
        <source>Cannot copy %1 to %2: %3</source>
        <extracomment>%1 is the project copied from, %2 the one copied to, %3 why</extracomment>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is not empty (its table %2 holds rows): a project is only copied into an empty one.</source>
        <extracomment>%1 is a project, %2 a table name</extracomment>
        <translation>%1 is not empty (its table %2 holds rows): a project is only copied into an empty one.</translation>
    </message>
    <message numerus="yes">
        <location line="+139" />
        <source>%1 is not empty (it holds %n table(s)): a project is only published into an empty database.</source>
        <extracomment>%1 is a team project's address, %n a number of tables</extracomment>
        <translation>
            <numerusform>%1 is not empty (it holds %n table): a project is only published into an empty database.</numerusform>
            <numerusform>%1 is not empty (it holds %n tables): a project is only published into an empty database.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 holds no FactDesk project ("factdesk-cli publish FILE.factdesk %1" puts one there).</source>
        <translation>%1 holds no FactDesk project ("factdesk-cli publish FILE.factdesk %1" puts one there).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+14" />
        <source>%1 is not a FactDesk project (it has no project format).</source>
        <translation>%1 is not a FactDesk project (it has no project format).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the database role %1 may only read it</source>
        <extracomment>%1 is a database role (user) name</extracomment>
        <translation>the database role %1 may only read it</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written by an older version of FactDesk and must be upgraded by its owner (the database role %2) with this version first.</source>
        <extracomment>%2 is a database role (user) name</extracomment>
        <translation>%1 was written by an older version of FactDesk and must be upgraded by its owner (the database role %2) with this version first.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot upgrade %1: %2</source>
        <translation>Cannot upgrade %1: %2</translation>
    </message>
    <message>
        <location line="-1644" />
        <location line="+1538" />
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is the team project's address, %2 why</extracomment>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-1056" />
        <source>The fact %1 is not in the project file.</source>
        <translation>The fact %1 is not in the project file.</translation>
    </message>
    <message>
        <location line="-865" />
        <source>The article %1 is not in the project file.</source>
        <translation>The article %1 is not in the project file.</translation>
    </message>
    <message>
        <location line="+216" />
        <source>The project %1 is already open in another FactDesk window or factdesk-cli (pid %2). Close it there first, or open the project read-only.</source>
        <extracomment>%2 is a process id</extracomment>
        <translation>The project %1 is already open in another FactDesk window or factdesk-cli (pid %2). Close it there first, or open the project read-only.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project %1 is already open in another FactDesk window or factdesk-cli. Close it there first, or open the project read-only.</source>
        <translation>The project %1 is already open in another FactDesk window or factdesk-cli. Close it there first, or open the project read-only.</translation>
    </message>
    <message>
        <location line="+932" />
        <source>Cannot save the project over itself: choose another file name.</source>
        <translation>Cannot save the project over itself: choose another file name.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+924" />
        <source>Cannot save to %1: it is not a file.</source>
        <translation>Cannot save to %1: it is not a file.</translation>
    </message>
    <message>
        <location line="-913" />
        <location line="+920" />
        <source>Cannot save to %1: the folder is not writable.</source>
        <translation>Cannot save to %1: the folder is not writable.</translation>
    </message>
    <message>
        <location line="-908" />
        <location line="+11" />
        <location line="+9" />
        <location line="+5" />
        <source>Cannot save to %1: %2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+897" />
        <source>Cannot save to %1: the file could not be replaced.</source>
        <translation>Cannot save to %1: the file could not be replaced.</translation>
    </message>
    <message>
        <location line="-2537" />
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk could not be read or written (input/output error)</source>
        <translation>the disk could not be read or written (input/output error)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file or its folder cannot be opened</source>
        <translation>the file or its folder cannot be opened</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another program is using the project file</source>
        <translation>another program is using the project file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is not enough memory</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the project's data contradicts itself (its indexes may be damaged; factdesk-cli repair rebuilds them)</source>
        <translation>the project's data contradicts itself (its indexes may be damaged; factdesk-cli repair rebuilds them)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file does not have the structure of a FactDesk project (it is damaged)</source>
        <translation>the file does not have the structure of a FactDesk project (it is damaged)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the SQLite database driver of Qt could not be used</source>
        <translation>the SQLite database driver of Qt could not be used</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the database refused the operation</source>
        <translation>the database refused the operation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>database error %1</source>
        <extracomment>%1 is SQLite's error number</extracomment>
        <translation>database error %1</translation>
    </message>
    <message>
        <location line="+701" />
        <source>some of its pages are damaged</source>
        <translation>some of its pages are damaged</translation>
    </message>
    <message>
        <location line="+9" />
        <source>some of its tables are missing</source>
        <translation>some of its tables are missing</translation>
    </message>
    <message>
        <location line="-116" />
        <source>another FactDesk</source>
        <translation>another FactDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another FactDesk (pid %1)</source>
        <translation>another FactDesk (pid %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (pid %2)</source>
        <extracomment>%1 is a program name (factdesk-cli, FactDesk), %2 a process id</extracomment>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The project %1 is in use by %2 and was still busy after %3 s.</source>
        <extracomment>%2 names the program holding the project, %3 a number of seconds</extracomment>
        <translation>The project %1 is in use by %2 and was still busy after %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+1048" />
        <source>%1 is damaged (the full check found %n problem(s)): nothing was written. "factdesk-cli repair %1" rebuilds its indexes on a copy.</source>
        <extracomment>%1 is the project file; %n the number of problems found</extracomment>
        <translation>
            <numerusform>%1 is damaged (the full check found %n problem): nothing was written. "factdesk-cli repair %1" rebuilds its indexes on a copy.</numerusform>
            <numerusform>%1 is damaged (the full check found %n problems): nothing was written. "factdesk-cli repair %1" rebuilds its indexes on a copy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87" />
        <source>Cannot repair %1: %2</source>
        <extracomment>%2 says why</extracomment>
        <translation>Cannot repair %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the folder is not writable</source>
        <translation>the folder is not writable</translation>
    </message>
    <message>
        <location line="+26" />
        <source>its indexes cannot be rebuilt from its tables (%1)</source>
        <translation>its indexes cannot be rebuilt from its tables (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n problem(s) remain after rebuilding its indexes: its tables themselves are damaged</source>
        <extracomment>%n is a number of problems</extracomment>
        <translation>
            <numerusform>%n problem remains after rebuilding its indexes: its tables themselves are damaged</numerusform>
            <numerusform>%n problems remain after rebuilding its indexes: its tables themselves are damaged</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is sound: nothing to repair.</source>
        <translation>%1 is sound: nothing to repair.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the repaired copy could not replace it</source>
        <translation>the repaired copy could not replace it</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n problem(s) found; its indexes were rebuilt on a copy, which passed the full check and replaced it. The damaged file is kept as %2.</source>
        <extracomment>%n problems, %1 the project, %2 where the damaged file was kept</extracomment>
        <translation>
            <numerusform>%1: %n problem found; its indexes were rebuilt on a copy, which passed the full check and replaced it. The damaged file is kept as %2.</numerusform>
            <numerusform>%1: %n problems found; its indexes were rebuilt on a copy, which passed the full check and replaced it. The damaged file is kept as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 was lost while saving and the server did not tell within %2 s whether the change was stored: look at it again once the server is back.</source>
        <extracomment>%2 a number of seconds</extracomment>
        <translation>The connection to %1 was lost while saving and the server did not tell within %2 s whether the change was stored: look at it again once the server is back.</translation>
    </message>
    <message>
        <source>%1. Nothing was written: the database is as it was.</source>
        <extracomment>%1 why ("Cannot copy a.factdesk to postgresql://…: the connection to the server was lost")</extracomment>
        <translation>%1. Nothing was written: the database is as it was.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while creating the project: whether it was created will be seen when the server is back (the database is then either empty or holds the whole project).</source>
        <translation>The connection to %1 was lost while creating the project: whether it was created will be seen when the server is back (the database is then either empty or holds the whole project).</translation>
    </message>
    <message>
        <source>Not created: the connection to %1 was lost while creating the project; nothing was written, the database is as it was.</source>
        <translation>Not created: the connection to %1 was lost while creating the project; nothing was written, the database is as it was.</translation>
    </message>
    <message>
        <source>%1 is not a team project: a project is published to a PostgreSQL database.</source>
        <translation>%1 is not a team project: a project is published to a PostgreSQL database.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ReviewController</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is the figure as written (&quot;13 milliards&quot;), %2 &quot;Anna already confirmed this fact 8 s ago: …&quot;</extracomment>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewcontroller.cpp" line="+390" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pick the rejection reason</source>
        <translation>Pick the rejection reason</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, then 1 to 5</source>
        <translation>%1, then 1 to 5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commit a correction</source>
        <translation>Commit a correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel a correction</source>
        <translation>Cancel a correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <location filename="../ui/window/mainwindow.cpp" line="+750" />
        <source>Confirm %n facts</source>
        <translation>
            <numerusform>Confirm %n fact</numerusform>
            <numerusform>Confirm %n facts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+198" />
        <source>&amp;Next Fact</source>
        <translation>&amp;Next Fact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous Fact</source>
        <translation>&amp;Previous Fact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Pending Fact</source>
        <translation>Next &amp;Pending Fact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm &amp;Selected Facts</source>
        <translation>Confirm &amp;Selected Facts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;1 Not a figure</source>
        <translation>&amp;1 Not a figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;2 Product or version name</source>
        <translation>&amp;2 Product or version name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;3 Duplicate</source>
        <translation>&amp;3 Duplicate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;4 Wrong reading</source>
        <translation>&amp;4 Wrong reading</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;5 Other</source>
        <translation>&amp;5 Other</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to P&amp;ending</source>
        <translation>Back to P&amp;ending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Figure Added by Hand</source>
        <translation>&amp;Delete Figure Added by Hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to Next Pending After Review</source>
        <translation>&amp;Go to Next Pending After Review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After Confirm, Reject or a correction, select the next fact to check</source>
        <translation>After Confirm, Reject or a correction, select the next fact to check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark the current figure as checked and right</source>
        <translation>Mark the current figure as checked and right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the right value of the current figure</source>
        <translation>Type the right value of the current figure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the current figure as not a figure to verify</source>
        <translation>Mark the current figure as not a figure to verify</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location line="-246" />
        <source>Change the Kind of the Figure?</source>
        <translation>Change the Kind of the Figure?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct it to “%1” all the same?</source>
        <translation>Correct it to “%1” all the same?</translation>
    </message>
</context>
<context>
    <name>FactDesk::ReviewFactCommand</name>
    <message>
        <location filename="../ui/review/reviewfactcommand.cpp" line="+37" />
        <source>Confirm %1</source>
        <translation>Confirm %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Correct %1 to %2</source>
        <translation>Correct %1 to %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put %1 back to pending</source>
        <translation>Put %1 back to pending</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit note on %1</source>
        <translation>Edit note on %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>FactDesk::Reviewer</name>
    <message>
        <source>There is no fact to review.</source>
        <translation>There is no fact to review.</translation>
    </message>
    <message>
        <location filename="../app/review/reviewer.cpp" line="+126" />
        <source>There is no fact %1.</source>
        <translation>There is no fact %1.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Type the correct value.</source>
        <translation>Type the correct value.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” cannot be read as a number.</source>
        <translation>“%1” cannot be read as a number.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The kind changes from %1 to %2.</source>
        <extracomment>%1 and %2 are kinds of figure: "The kind changes from Date to Number."</extracomment>
        <translation>The kind changes from %1 to %2.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>There is no article %1.</source>
        <translation>There is no article %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>Select the figure in the article text first.</source>
        <translation>Select the figure in the article text first.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No figure can be read in “%1”: select the number with what it counts.</source>
        <translation>No figure can be read in “%1”: select the number with what it counts.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” is already a fact.</source>
        <translation>“%1” is already a fact.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Only figures added by hand can be deleted; reject a figure found in the text instead.</source>
        <translation>Only figures added by hand can be deleted; reject a figure found in the text instead.</translation>
    </message>
</context>
<context>
    <name>FactDesk::SampleLibrary</name>
    <message>
        <location filename="../app/project/samplelibrary.cpp" line="+47" />
        <source>The sample article %1 is missing from this build.</source>
        <translation>The sample article %1 is missing from this build.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The sample article %1 could not be read: %2</source>
        <translation>The sample article %1 could not be read: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The sample article %1 could not be stored: %2</source>
        <translation>The sample article %1 could not be stored: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+104" />
        <source>While Reviewing</source>
        <translation>While Reviewing</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryDecisionCommand</name>
    <message>
        <location filename="../ui/story/storydecisioncommand.cpp" line="+36" />
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryLexicon</name>
    <message>
        <location filename="../app/story/storylexicon.cpp" line="+53" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is not a story lexicon: %2</source>
        <extracomment>%1 is the lexicon file, %2 the JSON parser's explanation</extracomment>
        <translation>%1 is not a story lexicon: %2</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 names no measure.</source>
        <translation>%1 names no measure.</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryModel</name>
    <message>
        <location filename="../app/story/storymodel.cpp" line="+112" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message numerus="yes">
        <location line="+90" />
        <source>Measure %1: %n figure(s)</source>
        <translation>
            <numerusform>Measure %1: %n figure</numerusform>
            <numerusform>Measure %1: %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>named</source>
        <translation>named</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n verdict(s)</source>
        <translation>
            <numerusform>%n verdict</numerusform>
            <numerusform>%n verdicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 against %2 in “%3”</source>
        <translation>%1 against %2 in “%3”</translation>
    </message>
    <message>
        <location line="+77" />
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>inconsistent</source>
        <translation>inconsistent</translation>
    </message>
    <message>
        <location line="+49" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scale trap</source>
        <translation>scale trap</translation>
    </message>
    <message>
        <location line="+2" />
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not comparable</source>
        <translation>not comparable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rounding</source>
        <translation>rounding</translation>
    </message>
    <message>
        <location line="+2" />
        <source>agree</source>
        <translation>agree</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Percent of a whole</source>
        <translation>Percent of a whole</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parts of a total</source>
        <translation>Parts of a total</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Price per unit</source>
        <translation>Price per unit</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+2" />
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>the other is right</source>
        <translation>the other is right</translation>
    </message>
    <message>
        <location line="+2" />
        <source>both right, at different dates</source>
        <translation>both right, at different dates</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1 ✗ (computed: %2)</source>
        <extracomment>an arithmetic check that fails: the figures, then the value they give</extracomment>
        <translation>%1 ✗ (computed: %2)</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryPanel</name>
    <message>
        <location filename="../ui/story/storypanel.cpp" line="+158" />
        <source>No open conflict and no failed check in the story.</source>
        <translation>No open conflict and no failed check in the story.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Accept Measure</source>
        <translation>Accept Measure</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Take Figure out of Measure</source>
        <translation>Take Figure out of Measure</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Ar&amp;ticle:</source>
        <translation>Ar&amp;ticle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open conflicts and failed checks</source>
        <translation>Open conflicts and failed checks</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreements and roundings</source>
        <translation>Agreements and roundings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not comparable</source>
        <translation>Not comparable</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With a decision</source>
        <translation>With a decision</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Arithmetic checks</source>
        <translation>Arithmetic checks</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Go to the &amp;Next Open Conflict</source>
        <translation>Go to the &amp;Next Open Conflict</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The next figure in an open conflict or a failed arithmetic check (%1)</source>
        <translation>The next figure in an open conflict or a failed arithmetic check (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next Conflict</source>
        <translation>Next Conflict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept, name or merge the measure; a verdict on a conflict</source>
        <translation>Accept, name or merge the measure; a verdict on a conflict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accept the Grouping</source>
        <translation>&amp;Accept the Grouping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name the Measure…</source>
        <translation>&amp;Name the Measure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This Figure Is &amp;Right</source>
        <translation>This Figure Is &amp;Right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settles its conflicts: the other articles are wrong</source>
        <translation>Settles its conflicts: the other articles are wrong</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Both Right, at Different Dates</source>
        <translation>&amp;Both Right, at Different Dates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote on the Conflict…</source>
        <translation>N&amp;ote on the Conflict…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear the Verdict</source>
        <translation>&amp;Clear the Verdict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take the Figure out of the Measure</source>
        <translation>&amp;Take the Figure out of the Measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge into Another Measure…</source>
        <translation>&amp;Merge into Another Measure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M&amp;ove the Figure to Another Measure…</source>
        <translation>M&amp;ove the Figure to Another Measure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;Story</source>
        <translation>Go to &amp;Story</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No figure shared between articles yet.</source>
        <translation>No figure shared between articles yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n measure(s), no open conflict, no failed check.</source>
        <translation>
            <numerusform>%n measure, no open conflict, no failed check.</numerusform>
            <numerusform>%n measures, no open conflict, no failed check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed check(s)</source>
        <translation>
            <numerusform>%n failed check</numerusform>
            <numerusform>%n failed checks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+180" />
        <source>Clear Verdict</source>
        <translation>Clear Verdict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set Verdict</source>
        <translation>Set Verdict</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name Measure “%1”</source>
        <translation>Name Measure “%1”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name the Measure</source>
        <translation>Name the Measure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of this measure:</source>
        <translation>Name of this measure:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Note on the Conflict</source>
        <translation>Note on the Conflict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why the figures differ, or which source to trust:</source>
        <translation>Why the figures differ, or which source to trust:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Note on Conflict</source>
        <translation>Note on Conflict</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (measure %2)</source>
        <translation>%1 (measure %2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No other measure of the same kind and unit to merge with.</source>
        <translation>No other measure of the same kind and unit to merge with.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>Merge Measures</source>
        <translation>Merge Measures</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Merge “%1” into:</source>
        <translation>Merge “%1” into:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No other measure of the same kind and unit to move the figure to.</source>
        <translation>No other measure of the same kind and unit to move the figure to.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move the Figure</source>
        <translation>Move the Figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the figure to the measure:</source>
        <translation>Move the figure to the measure:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Move Figure to Measure</source>
        <translation>Move Figure to Measure</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryReport</name>
    <message>
        <location filename="../app/story/storyreport.cpp" line="+113" />
        <source>Measure %1: %2</source>
        <extracomment>%1 is the measure's id, %2 its name ("valuation (Quantix, Helvar)")</extracomment>
        <translation>Measure %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n open conflict(s)</source>
        <extracomment>how many conflicts of the measure nobody has settled</extracomment>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checks:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>computed %1, stated %2 %3</source>
        <extracomment>%1 the value computed from the figures, %2 the value the text states, %3 their unit</extracomment>
        <translation>computed %1, stated %2 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 measures, %2 open conflicts, %3 checks, %4 inconsistent</source>
        <extracomment>the summary line of factdesk-cli story</extracomment>
        <translation>%1 measures, %2 open conflicts, %3 checks, %4 inconsistent</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamBanner</name>
    <message>
        <location filename="../ui/team/teambanner.cpp" line="+54" />
        <location line="+72" />
        <source>Dismiss</source>
        <comment>the message of the team banner</comment>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamConnection</name>
    <message>
        <location filename="../app/project/teamconnection.cpp" line="+47" />
        <source>the server wants a password and none was accepted</source>
        <translation>the server wants a password and none was accepted</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no database %1 on the server</source>
        <extracomment>%1 is a database name</extracomment>
        <translation>there is no database %1 on the server</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the server knows no role %1</source>
        <extracomment>%1 is a PostgreSQL role (user) name</extracomment>
        <translation>the server knows no role %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the secure connection (TLS) could not be set up: %1</source>
        <extracomment>%1 is the library's own explanation, kept: it names the certificate at fault</extracomment>
        <translation>the secure connection (TLS) could not be set up: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the server does not let this role in from here</source>
        <translation>the server does not let this role in from here</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the PostgreSQL service is not defined: %1</source>
        <extracomment>%1 is libpq's explanation</extracomment>
        <translation>the PostgreSQL service is not defined: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the server cannot be reached</source>
        <translation>the server cannot be reached</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Qt's PostgreSQL driver (QPSQL) is not installed</translation>
    </message>
    <message>
        <location line="-52" />
        <source>the server refused the connection: %1</source>
        <extracomment>%1 is the server's explanation</extracomment>
        <translation>the server refused the connection: %1</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Password of %1 for %2:</source>
        <extracomment>%1 is a role (user) name, %2 the team project</extracomment>
        <translation>Password of %1 for %2:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password was refused. Password of %1 for %2:</source>
        <translation>The password was refused. Password of %1 for %2:</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <location line="+194" />
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is the team project's address (without password), %2 why</extracomment>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Cannot listen for the others' changes: %1</source>
        <translation>Cannot listen for the others' changes: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>the connection to the server was lost</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the role %1 may not change this project</source>
        <extracomment>%1 is a database role (user) name</extracomment>
        <translation>the role %1 may not change this project</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the server's disk is full</source>
        <translation>the server's disk is full</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the server is short of resources (memory or connections)</source>
        <translation>the server is short of resources (memory or connections)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another analyst's change got in the way; try again</source>
        <translation>another analyst's change got in the way; try again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the project's data contradicts itself</source>
        <translation>the project's data contradicts itself</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the database does not have the structure of a FactDesk project</source>
        <translation>the database does not have the structure of a FactDesk project</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the database refused the operation</source>
        <extracomment>%1 is PostgreSQL's error code (SQLSTATE)</extracomment>
        <translation>the database refused the operation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the database refused the operation (error %1)</source>
        <translation>the database refused the operation (error %1)</translation>
    </message>
    <message>
        <source>the server is starting up</source>
        <translation>the server is starting up</translation>
    </message>
    <message>
        <source>the server is shutting down</source>
        <translation>the server is shutting down</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamPasswordPrompt</name>
    <message>
        <location filename="../ui/team/teampasswordprompt.cpp" line="+12" />
        <source>Team Project Password</source>
        <translation>Team Project Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FactDesk keeps it only until the window closes.</source>
        <translation>FactDesk keeps it only until the window closes.</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamProjectDialog</name>
    <message>
        <location filename="../ui/team/teamprojectdialog.cpp" line="+82" />
        <source>Open Team Project</source>
        <translation>Open Team Project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PostgreSQL database of the team project, as a URL or a service name. Leave the password out: FactDesk asks for it when the server wants one, and forgets it when the window closes.</source>
        <translation>The PostgreSQL database of the team project, as a URL or a service name. Leave the password out: FactDesk asks for it when the server wants one, and forgets it when the window closes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>postgresql://anna@db.example/desk?sslmode=verify-full</source>
        <comment>an example; keep the URL as it is, names may change</comment>
        <translation>postgresql://anna@db.example/desk?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This is not a PostgreSQL URL (postgresql://…) or a service (service=…). Open a project file with File ▸ Open Project.</source>
        <translation>This is not a PostgreSQL URL (postgresql://…) or a service (service=…). Open a project file with File ▸ Open Project.</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamSession</name>
    <message>
        <location filename="../ui/team/teamsession.cpp" line="+105" />
        <source>Read-only: you cannot change the project: %1. You can read it, follow the others' reviews and export facts.</source>
        <translation>Read-only: you cannot change the project: %1. You can read it, follow the others' reviews and export facts.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Another analyst's change could not be shown: %1</source>
        <translation>Another analyst's change could not be shown: %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” was stored before the connection was lost.</source>
        <translation>“%1” was stored before the connection was lost.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” was not stored: the connection was lost first. Do it again.</source>
        <translation>“%1” was not stored: the connection was lost first. Do it again.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>The server cannot be reached. FactDesk reconnects by itself; until then nothing you do is stored.</source>
        <translation>The server cannot be reached. FactDesk reconnects by itself; until then nothing you do is stored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <comment>the lost server's message, then why</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FactDesk::ThemePicker</name>
    <message>
        <location filename="../ui/window/themepicker.cpp" line="+133" />
        <source>Follow the &amp;Palette</source>
        <translation>Follow the &amp;Palette</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+22" />
        <source>Verify the figures in news articles.</source>
        <translation>Verify the figures in news articles.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A project to open (a .factdesk file, or a team project's postgresql:// URL), and article files or folders to import into it.</source>
        <translation>A project to open (a .factdesk file, or a team project's postgresql:// URL), and article files or folders to import into it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>[files...]</source>
        <translation>[files...]</translation>
    </message>
</context>
</TS>
