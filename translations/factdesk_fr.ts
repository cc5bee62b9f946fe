<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>FactDesk::ArticleImporter</name>
    <message>
        <location filename="../app/article/articleimporter.cpp" line="+30" />
        <source>%1: the file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 : le fichier est trop volumineux (%2 Mo ; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: is a folder, not a file</source>
        <translation>%1 : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not a regular file</source>
        <translation>%1 : ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1 : lecture impossible (accès refusé)</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+4" />
        <location filename="../app/article/plaintextstreamreader.cpp" line="+49" />
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1: no article text was found</source>
        <translation>%1 : aucun texte d’article n’a été trouvé</translation>
    </message>
    <message>
        <location filename="../app/article/textencodingdetector.cpp" line="+162" />
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: invalid UTF-8 sequences were replaced by U+FFFD</source>
        <translation>%1 : des séquences UTF-8 invalides ont été remplacées par U+FFFD</translation>
    </message>
    <message>
        <location line="-17" />
        <source>%1: the UTF-16 text ends with half a character; it was dropped</source>
        <translation>%1 : le texte UTF-16 se termine par un demi-caractère, qui a été supprimé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 unpaired UTF-16 surrogates were replaced by U+FFFD</source>
        <translation>%1 : %2 demi-codets UTF-16 isolés ont été remplacés par U+FFFD</translation>
    </message>
    <message>
        <location filename="../app/article/textdecoder.cpp" line="+256" />
        <source>%1: decoded as Windows-1252: the file is not valid UTF-8</source>
        <translation>%1 : décodé en Windows-1252 : le fichier n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: read as UTF-16 although the file does not say so (no byte order mark)</source>
        <translation>%1 : lu en UTF-16 bien que le fichier ne le déclare pas (pas d’indicateur d’ordre des octets)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: not a text file (it holds binary data)</source>
        <translation>%1 : ce n’est pas un fichier texte (il contient des données binaires)</translation>
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
        <translation>Titre</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facts pending review</source>
        <translation>Faits à vérifier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facts verified (confirmed or corrected)</source>
        <translation>Faits vérifiés (confirmés ou corrigés)</translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticleMetadataDialog</name>
    <message>
        <location filename="../ui/articles/articlemetadatadialog.cpp" line="+108" />
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The URL must be a web address starting with http:// or https://.</source>
        <translation>L’URL doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Article Properties</source>
        <translation>Propriétés de l’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Source:</source>
        <comment>publication that ran the article</comment>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publication &amp;date:</source>
        <translation>&amp;Date de publication :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language:</source>
        <comment>language of the article</comment>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Newspaper, agency or website</source>
        <translation>Journal, agence ou site web</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown</source>
        <comment>publication date</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative dates in the text (“Tuesday”, “last month”) are resolved from this date.</source>
        <translation>Les dates relatives du texte (« mardi », « le mois dernier ») sont calculées à partir de cette date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figures are read with the rules of this language (decimal comma, “milliard”…).</source>
        <translation>Les chiffres sont lus selon les règles de cette langue (virgule décimale, « milliard »…).</translation>
    </message>
</context>
<context>
    <name>FactDesk::ArticlePane</name>
    <message>
        <location filename="../ui/articles/articlepane.cpp" line="+337" />
        <source>From the end</source>
        <translation>Depuis la fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From the top</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the article's HTML or Markdown source instead of its text</source>
        <translation>Afficher la source HTML ou Markdown de l’article au lieu de son texte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in the article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article shown in this pane</source>
        <translation>Article affiché dans ce volet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an article above or double-click one in the list.</source>
        <translation>Choisissez un article ci-dessus ou double-cliquez sur un article de la liste.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>undated</source>
        <translation>non daté</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;br/&gt;Corrected to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br/&gt;Corrigé en : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>In an open conflict or a failed check: see the Story panel.</source>
        <translation>Dans un conflit ouvert ou un calcul faux : voir le panneau Dossier.</translation>
    </message>
</context>
<context>
    <name>FactDesk::AuditLogDialog</name>
    <message>
        <location filename="../ui/window/auditlogdialog.cpp" line="+78" />
        <location line="+77" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-74" />
        <source>This project is not saved in a file: it keeps no audit log.</source>
        <translation>Ce projet n’est pas enregistré dans un fichier : il ne tient pas de journal d’audit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d’audit n’a pas pu être lu : %1</translation>
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
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Editor:</source>
        <translation>&amp;Vérificateur :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Editor</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Figure</source>
        <translation>Chiffre</translation>
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
        <translation>Affiche les chiffres trouvés dans des articles (.txt, .md, .html ; « - » lit l’entrée standard).

Options :
  --lang auto|fr|en     langue des articles (par défaut : détectée pour chaque article)
  --date AAAA-MM-JJ     date de publication, ancre les dates relatives (par défaut : celle du fichier)
  --format json|csv     format de sortie (par défaut : json)
  --time-words          affiche aussi les dates écrites sans chiffre (« mardi », « l’an dernier ») ;
                        dans tous les cas elles donnent leur as_of aux chiffres de leur phrase
  --print-text          affiche le texte auquel renvoient les positions au lieu des chiffres (un seul fichier)
  --stream-above OCTETS lit par blocs les fichiers texte plus gros que cette taille (par défaut : 16 Mio)
  --stream-block OCTETS taille de ces blocs (par défaut : 4 Mio)
  -h, --help            affiche cette aide

start et end sont des positions en points de code Unicode dans le texte de l’article : le fichier
décodé pour le texte brut (fins de ligne converties en LF), le texte extrait pour le HTML et le Markdown.
Code de sortie : 0 succès, 1 un fichier n’a pas pu être lu, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <location line="+117" />
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>standard input: cannot be read: %1</source>
        <translation>entrée standard : lecture impossible : %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>standard input: too large (the limit is %1 MB)</source>
        <translation>entrée standard : trop volumineuse (la limite est de %1 Mo)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>standard input: no temporary file for it: %1</source>
        <translation>entrée standard : aucun fichier temporaire pour la recevoir : %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>standard input: cannot be spooled to %1: %2</source>
        <translation>entrée standard : impossible de l’écrire dans %1 : %2</translation>
    </message>
    <message>
        <location line="+186" />
        <source>unknown option '%1'</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+4" />
        <source>option '%1' needs a value</source>
        <translation>l’option « %1 » attend une valeur</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--lang must be auto, fr or en, not '%1'</source>
        <translation>--lang doit valoir auto, fr ou en, et non « %1 »</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--date must be a valid date written YYYY-MM-DD, not '%1'</source>
        <translation>--date doit être une date valide écrite AAAA-MM-JJ, et non « %1 »</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--format must be json or csv, not '%1'</source>
        <translation>--format doit valoir json ou csv, et non « %1 »</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 needs a number of bytes, not '%2'</source>
        <translation>%1 attend un nombre d’octets, et non « %2 »</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+3" />
        <source>standard input ('-') can be read only once</source>
        <translation>l’entrée standard (« - ») ne peut être lue qu’une fois</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../app/cli/projectcommands.cpp" line="+685" />
        <source>standard output: cannot be written (is the disk full?); the output is incomplete</source>
        <translation>sortie standard : écriture impossible (disque plein ?) ; la sortie est incomplète</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+74" />
        <source>unknown command '%1'</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::ProjectCommands</name>
    <message>
        <source>No article could be stored, and the project is kept: %1</source>
        <extracomment>%1 why the project created for nothing is kept</extracomment>
        <translation>Aucun article n’a pu être enregistré, et le projet est conservé : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommands.cpp" line="-570" />
        <source>Usage: factdesk-cli import PROJECT [--lang fr|en] [--editor NAME] [--wait SECONDS] FILE|FOLDER...
Adds articles to PROJECT (created when missing), printing a line for each file as it is stored. --wait: how long to wait for a project another FactDesk holds, or for a team project's server to come back (default 10 s).
Exit status: 0 when every file was imported or skipped as a duplicate, 1 otherwise.</source>
        <translation>Utilisation : factdesk-cli import PROJET [--lang fr|en] [--editor NOM] [--wait SECONDES] FICHIER|DOSSIER...
Ajoute des articles à PROJET (créé s’il n’existe pas), en affichant une ligne pour chaque fichier dès qu’il est enregistré. --wait : combien de temps attendre un projet qu’un autre FactDesk tient, ou le retour du serveur d’un projet d’équipe (10 s par défaut).
Code de sortie : 0 si chaque fichier a été importé ou ignoré comme doublon, 1 sinon.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Usage: factdesk-cli list PROJECT
Prints every fact, tab-separated: id, status, kind, value, unit, article id, text as written.</source>
        <translation>Utilisation : factdesk-cli list PROJET
Affiche chaque fait, champs séparés par des tabulations : id, statut, type, valeur, unité, id de l’article, texte tel qu’écrit.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>--lang needs a value</source>
        <translation>--lang attend une valeur</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--lang is fr, en or auto</source>
        <translation>--lang vaut fr, en ou auto</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+196" />
        <source>--editor needs a name</source>
        <translation>--editor attend un nom</translation>
    </message>
    <message>
        <location line="-370" />
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location line="+64" />
        <source>cannot change %1: %2. Nothing was changed.</source>
        <extracomment>%1 is the project file, %2 why it cannot be written ("the file is read-only")</extracomment>
        <translation>impossible de modifier %1 : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>a project and at least one file are needed</source>
        <translation>il faut un projet et au moins un fichier</translation>
    </message>
    <message>
        <location line="+26" />
        <source>already in the project</source>
        <translation>déjà dans le projet</translation>
    </message>
    <message>
        <location line="+18" />
        <source>figure no longer in the text</source>
        <translation>chiffre absent du texte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>figure changed</source>
        <translation>chiffre modifié</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 imported, %2 updated, %3 duplicates skipped, %4 failed, %5 facts need attention</source>
        <translation>%1 importés, %2 mis à jour, %3 doublons ignorés, %4 en échec, %5 faits à revoir</translation>
    </message>
    <message>
        <location line="+85" />
        <source>--fact needs an id</source>
        <translation>--fact attend un identifiant</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--reject needs a reason</source>
        <translation>--reject attend un motif</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+51" />
        <source>--correct needs a value</source>
        <translation>--correct attend une valeur</translation>
    </message>
    <message>
        <location line="-34" />
        <source>--note needs a text</source>
        <translation>--note attend un texte</translation>
    </message>
    <message>
        <location line="+38" />
        <source>unknown reason '%1'</source>
        <translation>motif inconnu « %1 »</translation>
    </message>
    <message>
        <location line="-397" />
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the project is missing</source>
        <translation>le projet manque</translation>
    </message>
    <message>
        <location line="+378" />
        <source>--fact needs a positive number</source>
        <translation>--fact attend un nombre positif</translation>
    </message>
    <message>
        <location line="+51" />
        <source>there is no fact %1 in %2</source>
        <translation>il n’y a pas de fait %1 dans %2</translation>
    </message>
    <message>
        <location line="+124" />
        <source>--format needs csv or json</source>
        <translation>--format attend csv ou json</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--excel needs fr or en</source>
        <translation>--excel attend fr ou en</translation>
    </message>
    <message>
        <location line="+5" />
        <source>-o needs a file name</source>
        <translation>-o attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--format is csv or json</source>
        <translation>--format vaut csv ou json</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--excel is fr or en</source>
        <translation>--excel vaut fr ou en</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--excel only applies to csv</source>
        <translation>--excel ne s’applique qu’au csv</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--all and --measures do not go together: the measures hold every fact not rejected</source>
        <translation>--all et --measures ne vont pas ensemble : les mesures tiennent tous les faits non rejetés</translation>
    </message>
    <message>
        <location line="+56" />
        <source>give exactly one project</source>
        <translation>indiquez un seul projet</translation>
    </message>
    <message>
        <location line="-611" />
        <source>(--wait SECONDS waits longer; the default is %1 s.)</source>
        <translation>(--wait SECONDES attend plus longtemps ; par défaut %1 s.)</translation>
    </message>
    <message>
        <location line="+83" />
        <source>--wait needs a number of seconds from 0 to 3600</source>
        <translation>--wait attend un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <location line="+107" />
        <source>%1 was not created: no article could be stored in it.</source>
        <translation>%1 n’a pas été créé : aucun article n’a pu y être enregistré.</translation>
    </message>
    <message>
        <location line="-139" />
        <source>Usage: factdesk-cli repair PROJECT [--wait SECONDS]
Checks PROJECT in full and, when its indexes are damaged, rebuilds them on a copy that replaces it once it passes the check (the damaged file is kept as PROJECT.before-repair).
Exit status: 0 when the project is sound or was repaired, 1 when it cannot be repaired this way.</source>
        <translation>Utilisation : factdesk-cli repair PROJET [--wait SECONDES]
Vérifie PROJET en entier et, si ses index sont endommagés, les reconstruit sur une copie qui le remplace une fois la vérification passée (le fichier endommagé est conservé sous PROJET.before-repair).
Code de sortie : 0 si le projet est sain ou a été réparé, 1 s’il ne peut pas être réparé ainsi.</translation>
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
        <translation>Utilisation : factdesk-cli review PROJET --fact ID DÉCISION [--note TEXTE] [--editor NOM] [--wait SECONDES]
       factdesk-cli review PROJET --fact ID --note TEXTE
       factdesk-cli review PROJET --article ID --add DÉBUT:FIN [--note TEXTE]
DÉCISION est l’une de :
  --confirm             le chiffre tel qu’il est lu est juste (une correction est abandonnée)
  --correct VALEUR      VALEUR est lue dans la langue de l’article (« 4,2 », « 13 milliards ») ;
                        une valeur sans unité garde le type et l’unité du fait
    [--kind TYPE] [--unit UNITÉ]  les fixer à la main (money, percent, count, quantity,
                        multiplier, date, number)
    [--change-kind]     accepter une correction dont le texte change le type du fait
                        (« 13 milliards » sur une date) ; sans elle, elle est refusée
  --reject MOTIF        not_a_figure, product_name, duplicate, wrong_reading, other
  --pending             retour à « à vérifier »
  --delete              supprimer un chiffre ajouté à la main
--add ajoute le chiffre que l’extracteur a manqué entre DÉBUT et FIN (points de code, comme
extract les affiche), étendu aux mots entiers et lu par l’extracteur.
--wait : combien de temps attendre un projet qu’un autre FactDesk tient, ou le retour du serveur d’un projet d’équipe (10 s par défaut).
Code de sortie : 0 une fois la décision enregistrée, ou quand le fait en était déjà là (la sortie d’erreur dit alors qui en a décidé le premier ; la tentative a sa ligne dans le journal d’audit), 1 si elle n’a pas pu être enregistrée, 2 pour une ligne de commande incorrecte, 4 quand quelqu’un d’autre a modifié le fait depuis que la commande l’a lu (rien n’a été écrasé).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Usage: factdesk-cli export PROJECT --format csv|json [--all | --measures] [--excel fr|en] [-o FILE|-]
Writes the verified facts (all of them with --all) to FILE (written whole or not at all), or to standard output without -o or with -o -.
--measures writes the story ledger instead: one row per measure and article.</source>
        <translation>Utilisation : factdesk-cli export PROJET --format csv|json [--all | --measures] [--excel fr|en] [-o FICHIER|-]
Écrit les faits vérifiés (tous avec --all) dans FICHIER (en entier ou pas du tout), ou sur la sortie standard sans -o ou avec -o -.
--measures écrit à la place le registre du dossier : une ligne par mesure et par article.</translation>
    </message>
    <message>
        <location line="+238" />
        <source>--article needs an id</source>
        <translation>--article attend un identifiant</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--add needs START:END</source>
        <translation>--add attend DÉBUT:FIN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--kind needs a kind</source>
        <translation>--kind attend un type</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--unit needs a unit</source>
        <translation>--unit attend une unité</translation>
    </message>
    <message>
        <location line="+22" />
        <source>give --note or one of --confirm, --reject, --correct, --pending, --delete, --add</source>
        <translation>indiquez --note ou l’une des options --confirm, --reject, --correct, --pending, --delete, --add</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--add needs --article with a positive number, not --fact</source>
        <translation>--add attend --article avec un nombre positif, pas --fact</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--kind, --unit and --change-kind go with --correct</source>
        <translation>--kind, --unit et --change-kind vont avec --correct</translation>
    </message>
    <message>
        <location line="+19" />
        <source>unknown kind '%1'</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--add needs START:END, code points with START &lt; END, as extract prints them</source>
        <translation>--add attend DÉBUT:FIN, en points de code avec DÉBUT &lt; FIN, comme extract les affiche</translation>
    </message>
    <message>
        <location line="+41" />
        <source>there is no article %1 in %2</source>
        <translation>il n’y a pas d’article %1 dans %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>article %1 in %2</source>
        <translation>article %1 de %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>fact %1 in %2</source>
        <translation>fait %1 de %2</translation>
    </message>
    <message>
        <location line="-17" />
        <source>%1: %2 Nothing was changed.</source>
        <extracomment>%1 is "fact 3 in project.factdesk", %2 why nothing was changed</extracomment>
        <translation>%1 : %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Give --change-kind to correct it all the same.</source>
        <translation>Ajoutez --change-kind pour le corriger quand même.</translation>
    </message>
    <message>
        <location line="+203" />
        <source>repair works on project files; a team project's server keeps its own indexes sound.</source>
        <translation>repair ne travaille que sur des fichiers de projet ; le serveur d’un projet d’équipe veille lui-même sur ses index.</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::StoryCommand</name>
    <message>
        <location filename="../app/cli/storycommand.cpp" line="+17" />
        <source>Usage: factdesk-cli story PROJECT [--format text|json] [--lang fr|en] [--fail-on conflict]
Prints the measures that the project's articles state, with a label for each pair of their values (agree, rounding, update, conflict, scale_trap, not_comparable), and the arithmetic checks.
Exit status: 0, or 3 with --fail-on conflict when an open conflict or an inconsistent check remains; 1 when the project cannot be read, 2 for a wrong command line.</source>
        <translation>Usage : factdesk-cli story PROJET [--format text|json] [--lang fr|en] [--fail-on conflict]
Affiche les mesures que donnent les articles du projet, avec une étiquette pour chaque paire de leurs valeurs (agree : égales, rounding : arrondi, update : mise à jour, conflict : conflit, scale_trap : piège d’échelle, not_comparable : non comparables), et les vérifications arithmétiques.
Code de sortie : 0, ou 3 avec --fail-on conflict quand il reste un conflit ouvert ou une vérification incohérente ; 1 quand le projet ne peut être lu, 2 pour une ligne de commande erronée.</translation>
    </message>
</context>
<context>
    <name>FactDesk::Cli::TeamCommands</name>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="+25" />
        <source>Usage: factdesk-cli publish FILE.factdesk URL
Copies the solo project FILE.factdesk (articles, facts, audit log, story decisions) into the empty PostgreSQL database URL, which becomes a team project every analyst opens at once. A database that already holds tables is refused. URL: postgresql://anna@db.example/desk?sslmode=verify-full, postgresql:///desk, service=desk; no password in it (PGPASSWORD, ~/.pgpass, PGPASSFILE, or asked).
Exit status: 0 published, 1 not published (nothing is left half-copied), 2 for a wrong command line.</source>
        <translation>Usage : factdesk-cli publish FICHIER.factdesk URL
Copie le projet individuel FICHIER.factdesk (articles, faits, journal d’audit, décisions du récit) dans la base PostgreSQL vide URL, qui devient un projet d’équipe que tous les analystes ouvrent à la fois. Une base qui contient déjà des tables est refusée. URL : postgresql://anna@db.example/desk?sslmode=verify-full, postgresql:///desk, service=desk ; sans mot de passe (PGPASSWORD, ~/.pgpass, PGPASSFILE, ou demandé).
Code de sortie : 0 publié, 1 non publié (rien n’est laissé à moitié copié), 2 ligne de commande erronée.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Usage: factdesk-cli copy URL FILE.factdesk
Copies the team project URL, as it stands, into the new project file FILE.factdesk (refused when it exists).
Exit status: 0 copied, 1 not copied, 2 for a wrong command line.</source>
        <translation>Usage : factdesk-cli copy URL FICHIER.factdesk
Copie le projet d’équipe URL, tel qu’il est, dans le nouveau fichier de projet FICHIER.factdesk (refusé s’il existe).
Code de sortie : 0 copié, 1 non copié, 2 ligne de commande erronée.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>two arguments are needed</source>
        <translation>il faut deux arguments</translation>
    </message>
    <message>
        <location line="+64" />
        <source>publish copies a project file into a PostgreSQL database</source>
        <translation>publish copie un fichier de projet dans une base PostgreSQL</translation>
    </message>
    <message>
        <location line="+23" />
        <source>published %1 to %2: %3 articles, %4 facts, %5 audit log lines</source>
        <extracomment>%1 the project file, %2 the team project, %3 and %4 numbers</extracomment>
        <translation>%1 publié dans %2 : %3 articles, %4 faits, %5 lignes de journal d’audit</translation>
    </message>
    <message>
        <location line="+30" />
        <source>copy copies a team project into a project file</source>
        <translation>copy copie un projet d’équipe dans un fichier de projet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists: nothing was copied.</source>
        <translation>%1 existe déjà : rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>copied %1 to %2</source>
        <extracomment>%1 the team project, %2 the new file</extracomment>
        <translation>%1 copié dans %2</translation>
    </message>
</context>
<context>
    <name>FactDesk::DiskSpace</name>
    <message>
        <location filename="../app/project/diskspace.cpp" line="+32" />
        <source>the disk is full (%1 KB free)</source>
        <extracomment>%1 is a number of kilobytes</extracomment>
        <translation>le disque est plein (%1 Ko libres)</translation>
    </message>
</context>
<context>
    <name>FactDesk::EditorNameDialog</name>
    <message>
        <location filename="../ui/window/editornamedialog.cpp" line="+26" />
        <source>Your Name in Reviews</source>
        <translation>Votre nom dans les vérifications</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who reviews the figures? This name is written with each fact you confirm, correct or reject, and with each article you import, in the project's audit log. You can change it later from Review ▸ Your Name in Reviews.</source>
        <translation>Qui vérifie les chiffres ? Ce nom est inscrit avec chaque fait que vous confirmez, corrigez ou rejetez, et avec chaque article que vous importez, dans le journal d’audit du projet. Vous pourrez le changer plus tard depuis Vérification ▸ Votre nom dans les vérifications.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>FactDesk::ExportDialog</name>
    <message>
        <location filename="../ui/projectfile/exportdialog.cpp" line="+313" />
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>« %1 » est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facts could not be exported.</source>
        <translation>Les faits n’ont pas pu être exportés.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Facts</source>
        <translation>Exporter les faits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON (W3C Web Annotations)</source>
        <translation>JSON (Web Annotations du W3C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facts:</source>
        <comment>which facts to export</comment>
        <translation>Faits :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Spreadsheet:</source>
        <translation>&amp;Tableur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CSV (comma, decimal point)</source>
        <translation>CSV standard (virgule, point décimal)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel in French (semicolon, decimal comma)</source>
        <translation>Excel en français (point-virgule, virgule décimale)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel in English (comma, decimal point)</source>
        <translation>Excel en anglais (virgule, point décimal)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel reads a CSV file with the separators of the system’s language.</source>
        <translation>Excel lit un fichier CSV avec les séparateurs de la langue du système.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Output file:</source>
        <translation>Fichier de &amp;sortie :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview:</source>
        <comment>of the exported file</comment>
        <translation>&amp;Aperçu :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <comment>verb</comment>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>&amp;Verified facts only (%n)</source>
        <comment>confirmed or corrected facts</comment>
        <translation>
            <numerusform>Faits &amp;vérifiés seulement (%n)</numerusform>
            <numerusform>Faits &amp;vérifiés seulement (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&amp;All facts (%n)</source>
        <comment>whatever their review status</comment>
        <translation>
            <numerusform>&amp;Tous les faits (%n)</numerusform>
            <numerusform>&amp;Tous les faits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>No fact is verified yet.</source>
        <translation>Aucun fait n’est encore vérifié.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The project has no facts yet.</source>
        <translation>Le projet ne contient encore aucun fait.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file will hold an empty collection.</source>
        <translation>Le fichier contiendra une collection vide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file will hold the column names only.</source>
        <translation>Le fichier ne contiendra que les noms des colonnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n fact(s) will be exported; the preview shows the first ones.</source>
        <translation>
            <numerusform>%n fait sera exporté ; l’aperçu montre les premiers.</numerusform>
            <numerusform>%n faits seront exportés ; l’aperçu montre les premiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n fact(s) will be exported; the preview shows the first rows.</source>
        <translation>
            <numerusform>%n fait sera exporté ; l’aperçu montre les premières lignes.</numerusform>
            <numerusform>%n faits seront exportés ; l’aperçu montre les premières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Facts To</source>
        <translation>Exporter les faits vers</translation>
    </message>
</context>
<context>
    <name>FactDesk::ExportRows</name>
    <message>
        <location filename="../app/export/exportrows.cpp" line="+203" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system's reason ("No space left on device", "Permission denied")</extracomment>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="-17" />
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
</context>
<context>
    <name>FactDesk::UnchangedReview</name>
    <message>
        <location filename="../app/project/unchangedreview.cpp" line="+1" />
        <source>The fact already has this note: nothing was changed.</source>
        <translation>Le fait a déjà cette note : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The fact is already pending: nothing was changed.</source>
        <translation>Le fait est déjà à vérifier : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 already confirmed this fact: nothing was changed.</source>
        <extracomment>%1 is who: &quot;Anna already confirmed this fact: nothing was changed.&quot;</extracomment>
        <translation>%1 a déjà confirmé ce fait : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 already corrected this fact to this value: nothing was changed.</source>
        <translation>%1 a déjà corrigé ce fait en cette valeur : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 already rejected this fact for this reason: nothing was changed.</source>
        <translation>%1 a déjà rejeté ce fait pour ce motif : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 already confirmed this fact %2 ago: nothing was changed.</source>
        <extracomment>%1 is who, %2 how long ago (&quot;8 s&quot;): &quot;Anna already confirmed this fact 8 s ago: …&quot;</extracomment>
        <translation>%1 a déjà confirmé ce fait il y a %2 : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 already corrected this fact to this value %2 ago: nothing was changed.</source>
        <translation>%1 a déjà corrigé ce fait en cette valeur il y a %2 : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 already rejected this fact for this reason %2 ago: nothing was changed.</source>
        <translation>%1 a déjà rejeté ce fait pour ce motif il y a %2 : rien n’a été modifié.</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else removed this fact meanwhile: nothing was changed.</source>
        <translation>Quelqu’un d’autre a supprimé ce fait entre-temps : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else changed this fact meanwhile: nothing was overwritten. It is shown as it is now.</source>
        <translation>Quelqu’un d’autre a modifié ce fait entre-temps : rien n’a été écrasé. Il est affiché tel qu’il est maintenant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 undid a change to this fact %2 ago.</source>
        <extracomment>%1 is who, %2 how long ago ("8 s")</extracomment>
        <translation>%1 a annulé une modification de ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 confirmed this fact %2 ago.</source>
        <extracomment>%1 is who, %2 how long ago ("8 s"): "Anna confirmed this fact 8 s ago."</extracomment>
        <translation>%1 a confirmé ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 corrected this fact %2 ago.</source>
        <translation>%1 a corrigé ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 rejected this fact %2 ago.</source>
        <translation>%1 a rejeté ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 set this fact back to pending %2 ago.</source>
        <translation>%1 a remis ce fait en attente il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed the note of this fact %2 ago.</source>
        <translation>%1 a modifié la note de ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 removed this fact %2 ago.</source>
        <translation>%1 a supprimé ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed this fact %2 ago.</source>
        <translation>%1 a modifié ce fait il y a %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was overwritten; the fact is shown as it is now.</source>
        <translation>Rien n’a été écrasé ; le fait est affiché tel qu’il est maintenant.</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactEditor</name>
    <message>
        <location filename="../ui/review/facteditor.cpp" line="+206" />
        <source>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3”</source>
        <comment>a figure and its article</comment>
        <translation>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; dans « %3 »</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Elsewhere: no figure like it in the other articles.</source>
        <translation>Ailleurs : aucun chiffre semblable dans les autres articles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Elsewhere: %1</source>
        <extracomment>The same kind of figure, about the same names, in other articles: where they may disagree</extracomment>
        <translation>Ailleurs : %1</translation>
    </message>
    <message>
        <location line="+220" />
        <source>No figure selected</source>
        <translation>Aucun chiffre sélectionné</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Press %1 for the next fact to check, %2 for every key.</source>
        <translation>Appuyez sur %1 pour le prochain fait à vérifier, sur %2 pour toutes les touches.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (added by hand)</source>
        <translation>%1 (ajouté à la main)</translation>
    </message>
    <message>
        <location line="+177" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note (saved when you leave the field, or with Ctrl+Return or Esc):</source>
        <translation>&amp;Note (enregistrée quand vous quittez le champ, ou avec Ctrl+Entrée ou Échap) :</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back to Pending</source>
        <translation>Remettre à vérifier</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="-545" />
        <source>History: cannot be read (%1)</source>
        <translation>Historique : illisible (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, %2: %3</source>
        <comment>when, who: what</comment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>History: nothing written yet.</source>
        <translation>Historique : rien d’écrit pour l’instant.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>… and %Ln earlier (Review ▸ Audit Log)</source>
        <translation>
            <numerusform>… et %Ln plus ancienne (Vérification ▸ Journal d’audit)</numerusform>
            <numerusform>… et %Ln plus anciennes (Vérification ▸ Journal d’audit)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; in “%3” (%4, %5)</source>
        <comment>a figure of the same measure, its article, its period and how it relates</comment>
        <translation>&lt;a href="fact:%1"&gt;%2&lt;/a&gt; dans « %3 » (%4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n more in the Story panel</source>
        <translation>
            <numerusform>%n autre dans le panneau Dossier</numerusform>
            <numerusform>%n autres dans le panneau Dossier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measure &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>the measure a figure states, then its values in the other articles</extracomment>
        <translation>Mesure &lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <location line="+481" />
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The figure is right as written (C)</source>
        <translation>Le chiffre est juste tel qu’il est écrit (C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the value typed above as the right one (E, then Enter)</source>
        <translation>Enregistrer la valeur saisie ci-dessus comme la bonne (E, puis Entrée)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a figure to verify (R)</source>
        <translation>Ce n’est pas un chiffre à vérifier (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to pending (P)</source>
        <translation>Remettre à vérifier (P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 4,2 or 13 milliards</source>
        <translation>par ex. 4,2 ou 13 milliards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the right value in the article's language; either decimal separator is accepted. Enter saves, Esc cancels.</source>
        <translation>Saisissez la bonne valeur dans la langue de l’article ; les deux séparateurs décimaux sont acceptés. Entrée enregistre, Échap annule.</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactModel</name>
    <message>
        <source>%1 (refused)</source>
        <comment>an audit log action refused: someone else had changed the fact first</comment>
        <translation>%1 (refusé)</translation>
    </message>
    <message>
        <source>%1 (already so)</source>
        <comment>an audit log action that asked for what the fact already was</comment>
        <translation>%1 (déjà le cas)</translation>
    </message>
    <message>
        <location filename="../app/review/factmodel.cpp" line="+96" />
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year, e.g. "Q3 2025"</extracomment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Corrected to %1 %2</source>
        <translation>Corrigé en %1 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read as %1 %2</source>
        <translation>Lu comme %1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <location line="+200" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+113" />
        <source>year</source>
        <comment>unit: a date's granularity</comment>
        <translation>année</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quarter</source>
        <comment>unit: a date's granularity</comment>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>month</source>
        <comment>unit: a date's granularity</comment>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>week</source>
        <comment>unit: a date's granularity</comment>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day</source>
        <comment>unit: a date's granularity</comment>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pp</source>
        <comment>unit: percentage points</comment>
        <translation>pt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bp</source>
        <comment>unit: basis points</comment>
        <translation>pb</translation>
    </message>
    <message>
        <location line="+7" />
        <source>undo: %1</source>
        <comment>audit log action</comment>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>redo: %1</source>
        <comment>audit log action</comment>
        <translation>rétabli : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>back to pending</source>
        <translation>remis à vérifier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure added by hand</source>
        <translation>chiffre ajouté à la main</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure deleted</source>
        <translation>chiffre supprimé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article imported</source>
        <translation>article importé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article imported again</source>
        <translation>article réimporté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article properties</source>
        <translation>propriétés de l’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>article removed</source>
        <translation>article retiré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure accepted</source>
        <translation>mesure acceptée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure named</source>
        <translation>mesure nommée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>figure moved to another measure</source>
        <translation>chiffre déplacé vers une autre mesure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measures merged</source>
        <translation>mesures fusionnées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verdict on a conflict</source>
        <translation>verdict sur un conflit</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pending</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+11" />
        <source>not a figure</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>product or version name</source>
        <translation>nom de produit ou de version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>wrong reading</source>
        <translation>mauvaise lecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>FactDesk::FactPanel</name>
    <message>
        <location filename="../ui/review/factpanel.cpp" line="+143" />
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No unit</source>
        <translation>Sans unité</translation>
    </message>
    <message>
        <location line="+393" />
        <source>This figure is hidden by the filters above: the review keys act on the listed figures only.</source>
        <translation>Ce chiffre est masqué par les filtres ci-dessus : les touches de vérification n’agissent que sur les chiffres de la liste.</translation>
    </message>
    <message>
        <location line="+96" />
        <location line="+74" />
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <location line="-38" />
        <source>%Ln fact(s)</source>
        <translation>
            <numerusform>%Ln fait</numerusform>
            <numerusform>%Ln faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%L1 of %Ln fact(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln fait</numerusform>
            <numerusform>%L1 sur %Ln faits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kin&amp;d:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Artic&amp;le:</source>
        <translation>Arti&amp;cle :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Un&amp;it:</source>
        <translation>Un&amp;ité :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Search figures, sentences, notes, titles…</source>
        <translation>Chercher dans les chiffres, phrases, notes, titres…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>J/K: next/previous, N: next pending, C: confirm, E: correct, R: reject, P: back to pending</source>
        <translation>J/K : suivant/précédent, N : prochain à vérifier, C : confirmer, E : corriger, R : rejeter, P : remettre à vérifier</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Verified</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location line="+15" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Case and accents are ignored</source>
        <translation>La casse et les accents sont ignorés</translation>
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
        <translation>français</translation>
    </message>
    <message>
        <location line="+2" />
        <source>English</source>
        <comment>language of an article</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+3" />
        <source>language unknown</source>
        <translation>langue inconnue</translation>
    </message>
</context>
<context>
    <name>FactDesk::ImportProgress</name>
    <message>
        <location filename="../ui/projectfile/importprogress.cpp" line="+27" />
        <source>Importing Articles</source>
        <translation>Import des articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for articles…</source>
        <translation>Recherche des articles…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Importing %1 of %2: %3</source>
        <translation>Import de %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>The import was cancelled after %n file(s); nothing was half imported.</source>
        <translation>
            <numerusform>L’import a été annulé après %n fichier ; rien n’a été importé à moitié.</numerusform>
            <numerusform>L’import a été annulé après %n fichiers ; rien n’a été importé à moitié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n article(s) updated to a new version.</source>
        <translation>
            <numerusform>%n article mis à jour vers une nouvelle version.</numerusform>
            <numerusform>%n articles mis à jour vers une nouvelle version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped: their text is already in the project.</source>
        <translation>
            <numerusform>%n doublon ignoré : son texte figure déjà dans le projet.</numerusform>
            <numerusform>%n doublons ignorés : leur texte figure déjà dans le projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Check %n fact(s) again: their figure changed or disappeared in the new version.</source>
        <translation>
            <numerusform>%n fait à revoir : son chiffre a changé ou disparu dans la nouvelle version.</numerusform>
            <numerusform>%n faits à revoir : leur chiffre a changé ou disparu dans la nouvelle version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2</source>
        <comment>file name: reason it failed</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is no longer in the article.</source>
        <translation>« %1 » ne figure plus dans l’article.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” now reads “%2”.</source>
        <translation>« %1 » se lit désormais « %2 ».</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Stopping after the current article…</source>
        <translation>Arrêt après l’article en cours…</translation>
    </message>
</context>
<context>
    <name>FactDesk::LanguageSwitcher</name>
    <message>
        <location filename="../ui/window/languageswitcher.cpp" line="+145" />
        <source>System</source>
        <comment>interface language that follows the system</comment>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>FactDesk::LegendDialog</name>
    <message>
        <location filename="../ui/window/legenddialog.cpp" line="+36" />
        <source>Figure Marks</source>
        <translation>Marques des chiffres</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The tint says the kind of figure</source>
        <translation>La teinte indique le type de chiffre</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The line under it says where its review is</source>
        <translation>Le trait dessous indique où en est sa vérification</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dotted: still to check</source>
        <translation>pointillé : encore à vérifier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>solid: checked and right</source>
        <translation>plein : vérifié et juste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wavy: checked, the right value typed</source>
        <translation>ondulé : vérifié, la bonne valeur saisie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>struck out, faded: not a figure to check</source>
        <translation>barré, estompé : pas un chiffre à vérifier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <comment>status: what its mark looks like</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The current figure</source>
        <translation>Le chiffre courant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>framed in this colour for as long as it is selected, in the text and in the source</source>
        <translation>encadré de cette couleur tant qu’il est sélectionné, dans le texte et dans la source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the fact table, the status column shows the same colour as a dot, with ○ ✓ ✎ ✗ so that the status reads without colour.</source>
        <translation>Dans le tableau des faits, la colonne Statut montre la même couleur en pastille, avec ○ ✓ ✎ ✗ pour que le statut se lise sans la couleur.</translation>
    </message>
</context>
<context>
    <name>FactDesk::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+361" />
        <source>The sample project could not be saved: %1</source>
        <translation>Le projet d’exemple n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample Articles</source>
        <translation>Articles d’exemple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sample articles could not be opened: %1</source>
        <translation>Les articles d’exemple n’ont pas pu être ouverts : %1</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Signed: %1</source>
        <translation>Signé : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed: %1 (your user name; click to change)</source>
        <translation>Signé : %1 (votre nom d’utilisateur ; cliquez pour le changer)</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+8" />
        <source>Remove Article</source>
        <translation>Retirer l’article</translation>
    </message>
    <message numerus="yes">
        <location line="-7" />
        <source>Remove “%1” and its %n fact(s) from the project?</source>
        <translation>
            <numerusform>Retirer « %1 » du projet, avec %n fait ?</numerusform>
            <numerusform>Retirer « %1 » du projet, avec ses %n faits ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their review is lost, and the steps of Undo are cleared.</source>
        <translation>Leur vérification est perdue et l’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The article could not be removed: %1</source>
        <translation>L’article n’a pas pu être retiré : %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Select the figure's text in an article first.</source>
        <translation>Sélectionnez d’abord le texte du chiffre dans un article.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No figure like this one in the other articles.</source>
        <translation>Aucun chiffre semblable dans les autres articles.</translation>
    </message>
    <message>
        <source>No room for another article pane: close one (%1) or widen the window.</source>
        <translation>Pas de place pour un autre volet d’article : fermez-en un (%1) ou élargissez la fenêtre.</translation>
    </message>
    <message>
        <location line="+150" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Figure from Selection</source>
        <translation>&amp;Ajouter un chiffre depuis la sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the selected text as a figure the extractor missed</source>
        <translation>Ajouter le texte sélectionné comme un chiffre que l’extracteur a manqué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article &amp;Properties…</source>
        <translation>&amp;Propriétés de l’article…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the title, source, URL, date and language of the article</source>
        <translation>Modifier le titre, la source, l’URL, la date et la langue de l’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove Article…</source>
        <translation>&amp;Retirer l’article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the Same Figure Else&amp;where</source>
        <translation>Aller au même chiffre a&amp;illeurs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your Na&amp;me in Reviews…</source>
        <translation>Votre no&amp;m dans les vérifications…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name written with each review and in the audit log</source>
        <translation>Le nom inscrit avec chaque vérification et dans le journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every action written in the project file, by whom and when</source>
        <translation>Chaque action écrite dans le fichier du projet, par qui et quand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Article &amp;Pane</source>
        <translation>Ajouter un &amp;volet d’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Article Pane</source>
        <translation>&amp;Fermer le volet d’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Article &amp;List</source>
        <translation>Aller à la &amp;liste des articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Article &amp;Text</source>
        <translation>Aller au &amp;texte de l’article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;Facts</source>
        <translation>Aller aux &amp;faits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Figure Marks</source>
        <translation>&amp;Marques des chiffres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the tints and underlines of the figures mean</source>
        <translation>Ce que signifient les teintes et soulignements des chiffres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Chercher dans l’article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;maller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Default Text Size</source>
        <translation>Taille du texte par &amp;défaut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About FactDesk</source>
        <translation>À &amp;propos de FactDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Selected Figure</source>
        <translation>Chiffre sélectionné</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Story</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="-591" />
        <location line="+592" />
        <source>This project file cannot be written: reviews are not possible.</source>
        <translation>Ce fichier de projet ne peut pas être modifié : aucune vérification n’est possible.</translation>
    </message>
    <message>
        <location line="-672" />
        <location line="+819" />
        <source>All facts reviewed.</source>
        <translation>Plus aucun fait à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location line="-816" />
        <source>No pending figure among the listed facts; %Ln pending hidden by the filters.</source>
        <translation>
            <numerusform>Aucun chiffre à vérifier dans la liste ; %Ln à vérifier masqué par les filtres.</numerusform>
            <numerusform>Aucun chiffre à vérifier dans la liste ; %Ln à vérifier masqués par les filtres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81" />
        <source>No figure selected: press %1 for the next one to check, or click a figure.</source>
        <translation>Aucun chiffre sélectionné : appuyez sur %1 pour le prochain à vérifier, ou cliquez sur un chiffre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The selected figure is hidden by the filters: the review keys act on the listed figures only.</source>
        <translation>Le chiffre sélectionné est masqué par les filtres : les touches de vérification n’agissent que sur les chiffres de la liste.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only figures added by hand can be deleted; reject (%1) a figure found in the text instead.</source>
        <translation>Seuls les chiffres ajoutés à la main peuvent être supprimés ; rejetez plutôt (%1) un chiffre trouvé dans le texte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This figure is already pending.</source>
        <translation>Ce chiffre est déjà à vérifier.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not possible on this figure.</source>
        <translation>Impossible sur ce chiffre.</translation>
    </message>
    <message numerus="yes">
        <location line="+232" />
        <source>Article: %L1 / %Ln verified</source>
        <translation>
            <numerusform>Article : %L1 / %Ln vérifié</numerusform>
            <numerusform>Article : %L1 / %Ln vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>All articles: %L1 / %Ln verified</source>
        <translation>
            <numerusform>Tous les articles : %L1 / %Ln vérifié</numerusform>
            <numerusform>Tous les articles : %L1 / %Ln vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+305" />
        <source>The first other value of the figure's measure (a conflict first), else the first figure under “Elsewhere”</source>
        <translation>La première autre valeur de la mesure du chiffre (un conflit d’abord), sinon le premier chiffre sous « Ailleurs »</translation>
    </message>
    <message>
        <location line="+202" />
        <source>About FactDesk</source>
        <translation>À propos de FactDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;FactDesk %1&lt;/h3&gt;&lt;p&gt;Verify the figures in news articles: amounts, percentages, counts, multipliers and dates, side by side and from the keyboard.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FactDesk %1&lt;/h3&gt;&lt;p&gt;Vérifiez les chiffres des articles de presse : montants, pourcentages, effectifs, multiplicateurs et dates, côte à côte et au clavier.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-887" />
        <source>Facts exported to %1.</source>
        <translation>Faits exportés dans %1.</translation>
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
        <translation>Ici en ce moment : %1</translation>
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
        <translation>Le projet est en lecture seule.</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+23" />
        <location line="+29" />
        <location line="+72" />
        <location filename="../app/project/projectimporter.cpp" line="+463" />
        <source>No such article.</source>
        <translation>Article introuvable.</translation>
    </message>
    <message>
        <location line="-64" />
        <location line="+83" />
        <location line="+22" />
        <source>No such fact.</source>
        <translation>Fait introuvable.</translation>
    </message>
    <message>
        <location line="-44" />
        <source>The fact already exists.</source>
        <translation>Le fait existe déjà.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectFileController</name>
    <message>
        <location filename="../ui/projectfile/projectfilecontroller.cpp" line="+89" />
        <location line="+652" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="-651" />
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <comment>verb: open a file</comment>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an existing project file</source>
        <translation>Ouvrir un fichier de projet existant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear List</source>
        <comment>recent files</comment>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the project to another file and continue there</source>
        <translation>Copier le projet dans un autre fichier et continuer dans la copie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add text, Markdown or HTML articles to the project</source>
        <translation>Ajouter au projet des articles en texte, Markdown ou HTML</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add every article file found in a folder and its subfolders</source>
        <translation>Ajouter tous les fichiers d’articles d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Facts…</source>
        <translation>&amp;Exporter les faits…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the facts to a CSV or JSON file</source>
        <translation>Écrire les faits dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Project Not Found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project “%1” no longer exists. It was removed from the list of recent projects.</source>
        <translation>Le projet « %1 » n’existe plus. Il a été retiré de la liste des projets récents.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>FactDesk projects (*.%1)</source>
        <translation>Projets FactDesk (*.%1)</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+16" />
        <location line="+65" />
        <location line="+323" />
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location line="-403" />
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project “%1” could not be opened.</source>
        <translation>Le projet « %1 » n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opened Read-Only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file “%1” is read-only: you may review the project and export facts, but changes cannot be saved. Use Save Project As to continue in a copy you can write to.</source>
        <translation>Le fichier « %1 » est en lecture seule : vous pouvez consulter le projet et exporter les faits, mais aucune modification ne peut être enregistrée. Utilisez « Enregistrer le projet sous » pour continuer dans une copie modifiable.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Project Already Open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project “%1” could not be loaded.</source>
        <translation>Le projet « %1 » n’a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+171" />
        <source>Untitled</source>
        <comment>project without a file</comment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 [read-only]</source>
        <comment>window title: project file name</comment>
        <translation>%1 [lecture seule]</translation>
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
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Project</source>
        <comment>dialog title</comment>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+9" />
        <source>Cannot Create Project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location line="-8" />
        <source>A file named “%1” already exists. Choose another name; FactDesk never replaces a file with an empty project.</source>
        <translation>Un fichier nommé « %1 » existe déjà. Choisissez un autre nom ; FactDesk ne remplace jamais un fichier par un projet vide.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The project “%1” could not be created.</source>
        <translation>Le projet « %1 » n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The existing file could not be replaced.</source>
        <translation>Le fichier existant n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot Save Project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project could not be saved as “%1”.</source>
        <translation>Le projet n’a pas pu être enregistré sous « %1 ».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The copy “%1” was written but could not be opened; you are still working in the original project.</source>
        <translation>La copie « %1 » a été écrite mais n’a pas pu être ouverte ; vous travaillez toujours dans le projet d’origine.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot Import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project is read-only. Use Save Project As to continue in a copy you can write to, then import.</source>
        <translation>Le projet est en lecture seule. Utilisez « Enregistrer le projet sous » pour continuer dans une copie modifiable, puis importez.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Import Cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import Finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import into the Sample Project?</source>
        <translation>Importer dans le projet d’exemple ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project open is the sample project, kept in %1. Import the articles into a new project of your own, or into the samples?</source>
        <translation>Le projet ouvert est le projet d’exemple, rangé dans %1. Importer les articles dans un nouveau projet à vous, ou dans les exemples ?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Into the &amp;Samples</source>
        <translation>Dans les &amp;exemples</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+11" />
        <source>Cannot Edit Article</source>
        <translation>Impossible de modifier l’article</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The project is read-only: the article’s properties cannot be changed.</source>
        <translation>Le projet est en lecture seule : les propriétés de l’article ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The article’s properties could not be saved.</source>
        <translation>Les propriétés de l’article n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot Read Figures Again</source>
        <translation>Impossible de relire les chiffres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The properties were saved, but the figures could not be read again with them.</source>
        <translation>Les propriétés ont été enregistrées, mais les chiffres n’ont pas pu être relus avec elles.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Figures Read Again</source>
        <translation>Chiffres relus</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>With the new language or date, %n fact(s) read differently: they are pending again.</source>
        <translation>
            <numerusform>Avec la nouvelle langue ou date, %n fait se lit autrement : il est de nouveau à vérifier.</numerusform>
            <numerusform>Avec la nouvelle langue ou date, %n faits se lisent autrement : ils sont de nouveau à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-703" />
        <source>Open &amp;Team Project…</source>
        <translation>Ouvrir un projet d’é&amp;quipe…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a project that several analysts share on a PostgreSQL server</source>
        <translation>Ouvrir un projet que plusieurs analystes partagent sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+200" />
        <location line="+17" />
        <source>Cannot Open Team Project</source>
        <translation>Impossible d’ouvrir le projet d’équipe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The team project “%1” could not be opened.</source>
        <translation>Le projet d’équipe « %1 » n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>This does not name a team project.</source>
        <translation>Ceci ne désigne pas un projet d’équipe.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectImporter</name>
    <message>
        <location filename="../app/project/projectimporter.cpp" line="-108" />
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectLocation</name>
    <message>
        <location filename="../app/project/projectlocation.cpp" line="+109" />
        <source>No project was given.</source>
        <translation>Aucun projet n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 holds a password: FactDesk never takes one from a project's address. Put it in ~/.pgpass (or the file PGPASSFILE names), or let FactDesk ask for it.</source>
        <extracomment>%1 is a PostgreSQL URL shown without its password</extracomment>
        <translation>%1 contient un mot de passe : FactDesk n’en prend jamais dans l’adresse d’un projet. Mettez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), ou laissez FactDesk le demander.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is not a PostgreSQL address: %2</source>
        <extracomment>%1 is what was given, %2 why it cannot be read</extracomment>
        <translation>%1 n’est pas une adresse PostgreSQL : %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is not a PostgreSQL address: a database name has no slash.</source>
        <translation>%1 n’est pas une adresse PostgreSQL : un nom de base ne contient pas de barre oblique.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not a PostgreSQL connection string (key=value pairs).</source>
        <translation>%1 n’est pas une chaîne de connexion PostgreSQL (paires clé=valeur).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the value of %2 holds a semicolon, which FactDesk cannot pass on.</source>
        <translation>%1 : la valeur de %2 contient un point-virgule, que FactDesk ne peut pas transmettre.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2 is not a port number.</source>
        <translation>%1 : %2 n’est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>%1 on %2</source>
        <extracomment>a team project's database on its server: "desk on db.example"</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>FactDesk::ProjectStore</name>
    <message>
        <source>%1 was not created by this command: it is kept.</source>
        <translation>%1 n’a pas été créé par cette commande : il est conservé.</translation>
    </message>
    <message>
        <source>%1 is kept: another command stored something in it meanwhile.</source>
        <translation>%1 est conservé : une autre commande y a enregistré quelque chose entre-temps.</translation>
    </message>
    <message>
        <location filename="../app/project/projectstore.cpp" line="+493" />
        <location line="+2187" />
        <source>Could not save the change to %1: %2</source>
        <extracomment>%1 is the project file, %2 why (e.g. "the disk is full (120 KB free)")</extracomment>
        <translation>La modification n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <location line="-2178" />
        <source>The project %1 is open read-only: the change was not saved.</source>
        <translation>Le projet %1 est ouvert en lecture seule : la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Not stored: the server of %1 cannot be reached (FactDesk keeps trying to reconnect).</source>
        <extracomment>%1 is a team project's address</extracomment>
        <translation>Non enregistré : le serveur de %1 est injoignable (FactDesk continue d’essayer de se reconnecter).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Not stored: the connection to %1 was lost while saving; the change is not in the project.</source>
        <translation>Non enregistré : la connexion à %1 a été perdue pendant l’enregistrement ; la modification n’est pas dans le projet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The connection to %1 was lost while saving: whether the change was stored will be known when the server is back.</source>
        <translation>La connexion à %1 a été perdue pendant l’enregistrement : on saura si la modification a été enregistrée quand le serveur sera de retour.</translation>
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
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-1633" />
        <source>%1 is empty: it is not a FactDesk project.</source>
        <translation>%1 est vide : ce n’est pas un projet FactDesk.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a FactDesk project (it is not an SQLite database).</source>
        <translation>%1 n’est pas un projet FactDesk (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is damaged: its database header is invalid.</source>
        <translation>%1 est endommagé : l’en-tête de sa base de données est invalide.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is an SQLite database but not a FactDesk project.</source>
        <translation>%1 est une base SQLite, mais pas un projet FactDesk.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+1808" />
        <source>%1 was written by a newer version of FactDesk (project format %2; this version reads up to %3). Open it with a newer FactDesk.</source>
        <extracomment>%2 and %3 are schema version numbers</extracomment>
        <translation>%1 a été écrit par une version plus récente de FactDesk (format de projet %2 ; cette version lit jusqu’au format %3). Ouvrez-le avec une version plus récente de FactDesk.</translation>
    </message>
    <message>
        <location line="-1794" />
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 est endommagé : le fichier est tronqué.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Cannot create the lock file next to %1.</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>it is not a FactDesk project</source>
        <translation>ce n’est pas un projet FactDesk</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the database refused write-ahead logging (journal mode %1)</source>
        <translation>la base de données a refusé la journalisation anticipée (mode de journal %1)</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>Impossible de créer %1 : le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+19" />
        <location line="+1408" />
        <location line="+6" />
        <source>Cannot create %1: %2</source>
        <extracomment>%2 is the reason given by the system or the database</extracomment>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="-1368" />
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1399" />
        <source>it was opened read-only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="-1397" />
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing can be written in %1: %2</source>
        <extracomment>%1 is a folder, %2 the system's reason ("No space left on device")</extracomment>
        <translation>rien ne peut être écrit dans %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was written by an older version of FactDesk and must be upgraded, but it is read-only.</source>
        <translation>%1 a été écrit par une version antérieure de FactDesk et doit être mis à niveau, mais il est en lecture seule.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is damaged and cannot be opened: %2</source>
        <extracomment>%2 is the database's explanation</extracomment>
        <translation>%1 est endommagé et ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <location line="+1119" />
        <source>Cannot copy %1 to %2: %3</source>
        <extracomment>%1 is the project copied from, %2 the one copied to, %3 why</extracomment>
        <translation>Impossible de copier %1 dans %2 : %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is not empty (its table %2 holds rows): a project is only copied into an empty one.</source>
        <extracomment>%1 is a project, %2 a table name</extracomment>
        <translation>%1 n’est pas vide (sa table %2 contient des lignes) : un projet n’est copié que dans un projet vide.</translation>
    </message>
    <message numerus="yes">
        <location line="+139" />
        <source>%1 is not empty (it holds %n table(s)): a project is only published into an empty database.</source>
        <extracomment>%1 is a team project's address, %n a number of tables</extracomment>
        <translation>
            <numerusform>%1 n’est pas vide (elle contient %n table) : un projet n’est publié que dans une base vide.</numerusform>
            <numerusform>%1 n’est pas vide (elle contient %n tables) : un projet n’est publié que dans une base vide.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 holds no FactDesk project ("factdesk-cli publish FILE.factdesk %1" puts one there).</source>
        <translation>%1 ne contient aucun projet FactDesk (« factdesk-cli publish FICHIER.factdesk %1 » en met un).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+14" />
        <source>%1 is not a FactDesk project (it has no project format).</source>
        <translation>%1 n’est pas un projet FactDesk (il n’a pas de format de projet).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the database role %1 may only read it</source>
        <extracomment>%1 is a database role (user) name</extracomment>
        <translation>le rôle de base de données %1 ne peut que le lire</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written by an older version of FactDesk and must be upgraded by its owner (the database role %2) with this version first.</source>
        <extracomment>%2 is a database role (user) name</extracomment>
        <translation>%1 a été écrit par une version plus ancienne de FactDesk et doit d’abord être mis à niveau par son propriétaire (le rôle de base de données %2) avec cette version.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <location line="-1644" />
        <location line="+1538" />
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is the team project's address, %2 why</extracomment>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="-1056" />
        <source>The fact %1 is not in the project file.</source>
        <translation>Le fait %1 ne figure pas dans le fichier du projet.</translation>
    </message>
    <message>
        <location line="-865" />
        <source>The article %1 is not in the project file.</source>
        <translation>L’article %1 ne figure pas dans le fichier du projet.</translation>
    </message>
    <message>
        <location line="+216" />
        <source>The project %1 is already open in another FactDesk window or factdesk-cli (pid %2). Close it there first, or open the project read-only.</source>
        <extracomment>%2 is a process id</extracomment>
        <translation>Le projet %1 est déjà ouvert dans une autre fenêtre de FactDesk ou par factdesk-cli (pid %2). Fermez-le d’abord là-bas, ou ouvrez le projet en lecture seule.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project %1 is already open in another FactDesk window or factdesk-cli. Close it there first, or open the project read-only.</source>
        <translation>Le projet %1 est déjà ouvert dans une autre fenêtre de FactDesk ou par factdesk-cli. Fermez-le d’abord là-bas, ou ouvrez le projet en lecture seule.</translation>
    </message>
    <message>
        <location line="+932" />
        <source>Cannot save the project over itself: choose another file name.</source>
        <translation>Impossible d’enregistrer le projet sur lui-même : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+924" />
        <source>Cannot save to %1: it is not a file.</source>
        <translation>Impossible d’enregistrer dans %1 : ce n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="-913" />
        <location line="+920" />
        <source>Cannot save to %1: the folder is not writable.</source>
        <translation>Impossible d’enregistrer dans %1 : le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="-908" />
        <location line="+11" />
        <location line="+9" />
        <location line="+5" />
        <source>Cannot save to %1: %2</source>
        <translation>Impossible d’enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+897" />
        <source>Cannot save to %1: the file could not be replaced.</source>
        <translation>Impossible d’enregistrer dans %1 : le fichier n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <location line="-2537" />
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk could not be read or written (input/output error)</source>
        <translation>le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file or its folder cannot be opened</source>
        <translation>le fichier ou son dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another program is using the project file</source>
        <translation>un autre programme utilise le fichier du projet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file cannot be written</source>
        <translation>le fichier ne peut pas être écrit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the project's data contradicts itself (its indexes may be damaged; factdesk-cli repair rebuilds them)</source>
        <translation>les données du projet se contredisent (ses index sont peut-être endommagés ; factdesk-cli repair les reconstruit)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file does not have the structure of a FactDesk project (it is damaged)</source>
        <translation>le fichier n’a pas la structure d’un projet FactDesk (il est endommagé)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the SQLite database driver of Qt could not be used</source>
        <translation>le pilote de base de données SQLite de Qt n’a pas pu être utilisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the database refused the operation</source>
        <translation>la base de données a refusé l’opération</translation>
    </message>
    <message>
        <location line="+3" />
        <source>database error %1</source>
        <extracomment>%1 is SQLite's error number</extracomment>
        <translation>erreur de base de données %1</translation>
    </message>
    <message>
        <location line="+701" />
        <source>some of its pages are damaged</source>
        <translation>certaines de ses pages sont endommagées</translation>
    </message>
    <message>
        <location line="+9" />
        <source>some of its tables are missing</source>
        <translation>certaines de ses tables manquent</translation>
    </message>
    <message>
        <location line="-116" />
        <source>another FactDesk</source>
        <translation>un autre FactDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another FactDesk (pid %1)</source>
        <translation>un autre FactDesk (pid %1)</translation>
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
        <translation>Le projet %1 est utilisé par %2 et était encore occupé après %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+1048" />
        <source>%1 is damaged (the full check found %n problem(s)): nothing was written. "factdesk-cli repair %1" rebuilds its indexes on a copy.</source>
        <extracomment>%1 is the project file; %n the number of problems found</extracomment>
        <translation>
            <numerusform>%1 est endommagé (la vérification complète a trouvé %n problème) : rien n’a été écrit. « factdesk-cli repair %1 » reconstruit ses index sur une copie.</numerusform>
            <numerusform>%1 est endommagé (la vérification complète a trouvé %n problèmes) : rien n’a été écrit. « factdesk-cli repair %1 » reconstruit ses index sur une copie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87" />
        <source>Cannot repair %1: %2</source>
        <extracomment>%2 says why</extracomment>
        <translation>Impossible de réparer %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+26" />
        <source>its indexes cannot be rebuilt from its tables (%1)</source>
        <translation>ses index ne peuvent pas être reconstruits à partir de ses tables (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n problem(s) remain after rebuilding its indexes: its tables themselves are damaged</source>
        <extracomment>%n is a number of problems</extracomment>
        <translation>
            <numerusform>%n problème subsiste après la reconstruction de ses index : ses tables elles-mêmes sont endommagées</numerusform>
            <numerusform>%n problèmes subsistent après la reconstruction de ses index : ses tables elles-mêmes sont endommagées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is sound: nothing to repair.</source>
        <translation>%1 est sain : rien à réparer.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the repaired copy could not replace it</source>
        <translation>la copie réparée n’a pas pu le remplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n problem(s) found; its indexes were rebuilt on a copy, which passed the full check and replaced it. The damaged file is kept as %2.</source>
        <extracomment>%n problems, %1 the project, %2 where the damaged file was kept</extracomment>
        <translation>
            <numerusform>%1 : %n problème trouvé ; ses index ont été reconstruits sur une copie, qui a passé la vérification complète et l’a remplacé. Le fichier endommagé est conservé sous le nom %2.</numerusform>
            <numerusform>%1 : %n problèmes trouvés ; ses index ont été reconstruits sur une copie, qui a passé la vérification complète et l’a remplacé. Le fichier endommagé est conservé sous le nom %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 was lost while saving and the server did not tell within %2 s whether the change was stored: look at it again once the server is back.</source>
        <extracomment>%2 a number of seconds</extracomment>
        <translation>La connexion à %1 a été perdue pendant l’enregistrement et le serveur n’a pas dit en %2 s si la modification a été enregistrée : regardez-la de nouveau quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>%1. Nothing was written: the database is as it was.</source>
        <extracomment>%1 why ("Cannot copy a.factdesk to postgresql://…: the connection to the server was lost")</extracomment>
        <translation>%1. Rien n’a été écrit : la base de données est restée telle quelle.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while creating the project: whether it was created will be seen when the server is back (the database is then either empty or holds the whole project).</source>
        <translation>La connexion à %1 a été perdue pendant la création du projet : on verra s’il a été créé quand le serveur sera de retour (la base de données sera alors soit vide, soit avec le projet entier).</translation>
    </message>
    <message>
        <source>Not created: the connection to %1 was lost while creating the project; nothing was written, the database is as it was.</source>
        <translation>Non créé : la connexion à %1 a été perdue pendant la création du projet ; rien n’a été écrit, la base de données est restée telle quelle.</translation>
    </message>
    <message>
        <source>%1 is not a team project: a project is published to a PostgreSQL database.</source>
        <translation>%1 n’est pas un projet d’équipe : un projet se publie dans une base de données PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ReviewController</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is the figure as written (&quot;13 milliards&quot;), %2 &quot;Anna already confirmed this fact 8 s ago: …&quot;</extracomment>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewcontroller.cpp" line="+390" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pick the rejection reason</source>
        <translation>Choisir le motif du rejet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, then 1 to 5</source>
        <translation>%1, puis 1 à 5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commit a correction</source>
        <translation>Valider une correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel a correction</source>
        <translation>Annuler une correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <location filename="../ui/window/mainwindow.cpp" line="+750" />
        <source>Confirm %n facts</source>
        <translation>
            <numerusform>Confirmer %n fait</numerusform>
            <numerusform>Confirmer %n faits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+198" />
        <source>&amp;Next Fact</source>
        <translation>Fait &amp;suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous Fact</source>
        <translation>Fait &amp;précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Pending Fact</source>
        <translation>Prochain fait à &amp;vérifier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm &amp;Selected Facts</source>
        <translation>Confirmer les faits sélectio&amp;nnés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;1 Not a figure</source>
        <translation>&amp;1 Pas un chiffre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;2 Product or version name</source>
        <translation>&amp;2 Nom de produit ou de version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;3 Duplicate</source>
        <translation>&amp;3 Doublon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;4 Wrong reading</source>
        <translation>&amp;4 Mauvaise lecture</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;5 Other</source>
        <translation>&amp;5 Autre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to P&amp;ending</source>
        <translation>Remettre à vérifi&amp;er</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Figure Added by Hand</source>
        <translation>Supprimer le c&amp;hiffre ajouté à la main</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to Next Pending After Review</source>
        <translation>Passer a&amp;utomatiquement au prochain fait à vérifier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After Confirm, Reject or a correction, select the next fact to check</source>
        <translation>Après Confirmer, Rejeter ou une correction, sélectionner le prochain fait à vérifier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark the current figure as checked and right</source>
        <translation>Marquer le chiffre courant comme vérifié et juste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the right value of the current figure</source>
        <translation>Saisir la bonne valeur du chiffre courant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the current figure as not a figure to verify</source>
        <translation>Marquer le chiffre courant comme n’étant pas à vérifier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="-246" />
        <source>Change the Kind of the Figure?</source>
        <translation>Changer le type du chiffre ?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct it to “%1” all the same?</source>
        <translation>Le corriger en « %1 » quand même ?</translation>
    </message>
</context>
<context>
    <name>FactDesk::ReviewFactCommand</name>
    <message>
        <location filename="../ui/review/reviewfactcommand.cpp" line="+37" />
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Correct %1 to %2</source>
        <translation>Corriger %1 en %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put %1 back to pending</source>
        <translation>Remettre %1 à vérifier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit note on %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>FactDesk::Reviewer</name>
    <message>
        <source>There is no fact to review.</source>
        <translation>Il n’y a aucun fait à vérifier.</translation>
    </message>
    <message>
        <location filename="../app/review/reviewer.cpp" line="+126" />
        <source>There is no fact %1.</source>
        <translation>Il n’y a pas de fait %1.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Type the correct value.</source>
        <translation>Saisissez la valeur correcte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” cannot be read as a number.</source>
        <translation>« %1 » ne peut pas être lu comme un nombre.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The kind changes from %1 to %2.</source>
        <extracomment>%1 and %2 are kinds of figure: "The kind changes from Date to Number."</extracomment>
        <translation>Le type passe de %1 à %2.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>There is no article %1.</source>
        <translation>Il n’y a pas d’article %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>Select the figure in the article text first.</source>
        <translation>Sélectionnez d’abord le chiffre dans le texte de l’article.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No figure can be read in “%1”: select the number with what it counts.</source>
        <translation>Aucun chiffre ne peut être lu dans « %1 » : sélectionnez le nombre avec ce qu’il compte.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” is already a fact.</source>
        <translation>« %1 » est déjà un fait.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Only figures added by hand can be deleted; reject a figure found in the text instead.</source>
        <translation>Seuls les chiffres ajoutés à la main peuvent être supprimés ; rejetez plutôt un chiffre trouvé dans le texte.</translation>
    </message>
</context>
<context>
    <name>FactDesk::SampleLibrary</name>
    <message>
        <location filename="../app/project/samplelibrary.cpp" line="+47" />
        <source>The sample article %1 is missing from this build.</source>
        <translation>L’article d’exemple %1 est absent de cette version.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The sample article %1 could not be read: %2</source>
        <translation>L’article d’exemple %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The sample article %1 could not be stored: %2</source>
        <translation>L’article d’exemple %1 n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>FactDesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+104" />
        <source>While Reviewing</source>
        <translation>Pendant la vérification</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryDecisionCommand</name>
    <message>
        <location filename="../ui/story/storydecisioncommand.cpp" line="+36" />
        <source>The decision could not be saved: %1</source>
        <translation>La décision n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryLexicon</name>
    <message>
        <location filename="../app/story/storylexicon.cpp" line="+53" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is not a story lexicon: %2</source>
        <extracomment>%1 is the lexicon file, %2 the JSON parser's explanation</extracomment>
        <translation>%1 n’est pas un lexique d’enquête : %2</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 names no measure.</source>
        <translation>%1 ne nomme aucune mesure.</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryModel</name>
    <message>
        <location filename="../app/story/storymodel.cpp" line="+112" />
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As of</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message numerus="yes">
        <location line="+90" />
        <source>Measure %1: %n figure(s)</source>
        <translation>
            <numerusform>Mesure %1 : %n chiffre</numerusform>
            <numerusform>Mesure %1 : %n chiffres</numerusform>
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
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>named</source>
        <translation>nommée</translation>
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
        <translation>%1 face à %2 dans « %3 »</translation>
    </message>
    <message>
        <location line="+77" />
        <source>consistent</source>
        <translation>juste</translation>
    </message>
    <message>
        <location line="+0" />
        <source>inconsistent</source>
        <translation>faux</translation>
    </message>
    <message>
        <location line="+49" />
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scale trap</source>
        <translation>piège d’échelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rounding</source>
        <translation>arrondi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>agree</source>
        <translation>accord</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Percent of a whole</source>
        <translation>Pourcentage d’un total</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parts of a total</source>
        <translation>Parties d’un total</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Price per unit</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+2" />
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>the other is right</source>
        <translation>l’autre est juste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>both right, at different dates</source>
        <translation>tous deux justes, à des dates différentes</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1 ✗ (computed: %2)</source>
        <extracomment>an arithmetic check that fails: the figures, then the value they give</extracomment>
        <translation>%1 ✗ (calculé : %2)</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryPanel</name>
    <message>
        <location filename="../ui/story/storypanel.cpp" line="+158" />
        <source>No open conflict and no failed check in the story.</source>
        <translation>Aucun conflit ouvert ni calcul faux dans le dossier.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Accept Measure</source>
        <translation>Accepter la mesure</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Take Figure out of Measure</source>
        <translation>Retirer le chiffre de la mesure</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Ar&amp;ticle:</source>
        <translation>Ar&amp;ticle :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open conflicts and failed checks</source>
        <translation>Conflits ouverts et calculs faux</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreements and roundings</source>
        <translation>Accords et arrondis</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not comparable</source>
        <translation>Non comparables</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With a decision</source>
        <translation>Avec une décision</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Arithmetic checks</source>
        <translation>Vérifications de calcul</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Go to the &amp;Next Open Conflict</source>
        <translation>Aller au co&amp;nflit ouvert suivant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The next figure in an open conflict or a failed arithmetic check (%1)</source>
        <translation>Le chiffre suivant dans un conflit ouvert ou un calcul faux (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next Conflict</source>
        <translation>Conflit suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept, name or merge the measure; a verdict on a conflict</source>
        <translation>Accepter, nommer ou fusionner la mesure, trancher un conflit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accept the Grouping</source>
        <translation>A&amp;ccepter le regroupement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name the Measure…</source>
        <translation>&amp;Nommer la mesure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This Figure Is &amp;Right</source>
        <translation>Ce chiffre est &amp;juste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settles its conflicts: the other articles are wrong</source>
        <translation>Tranche ses conflits : les autres articles se trompent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Both Right, at Different Dates</source>
        <translation>&amp;Tous deux justes, à des dates différentes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote on the Conflict…</source>
        <translation>N&amp;ote sur le conflit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear the Verdict</source>
        <translation>&amp;Effacer le verdict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take the Figure out of the Measure</source>
        <translation>&amp;Retirer le chiffre de la mesure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge into Another Measure…</source>
        <translation>&amp;Fusionner dans une autre mesure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M&amp;ove the Figure to Another Measure…</source>
        <translation>Dép&amp;lacer le chiffre vers une autre mesure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;Story</source>
        <translation>Aller au d&amp;ossier</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No figure shared between articles yet.</source>
        <translation>Aucun chiffre commun à plusieurs articles pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n measure(s), no open conflict, no failed check.</source>
        <translation>
            <numerusform>%n mesure, aucun conflit ouvert, aucun calcul faux.</numerusform>
            <numerusform>%n mesures, aucun conflit ouvert, aucun calcul faux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed check(s)</source>
        <translation>
            <numerusform>%n calcul faux</numerusform>
            <numerusform>%n calculs faux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+180" />
        <source>Clear Verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set Verdict</source>
        <translation>Trancher le conflit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name Measure “%1”</source>
        <translation>Nommer la mesure « %1 »</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name the Measure</source>
        <translation>Nommer la mesure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of this measure:</source>
        <translation>Nom de cette mesure :</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Note on the Conflict</source>
        <translation>Note sur le conflit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why the figures differ, or which source to trust:</source>
        <translation>Pourquoi les chiffres diffèrent, ou quelle source croire :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Note on Conflict</source>
        <translation>Note sur un conflit</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (measure %2)</source>
        <translation>%1 (mesure %2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No other measure of the same kind and unit to merge with.</source>
        <translation>Aucune autre mesure du même genre et de la même unité avec laquelle fusionner.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>Merge Measures</source>
        <translation>Fusionner les mesures</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No other measure of the same kind and unit to move the figure to.</source>
        <translation>Aucune autre mesure du même genre et de la même unité où déplacer le chiffre.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move the Figure</source>
        <translation>Déplacer le chiffre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the figure to the measure:</source>
        <translation>Déplacer le chiffre vers la mesure :</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Move Figure to Measure</source>
        <translation>Déplacer le chiffre vers une mesure</translation>
    </message>
</context>
<context>
    <name>FactDesk::StoryReport</name>
    <message>
        <location filename="../app/story/storyreport.cpp" line="+113" />
        <source>Measure %1: %2</source>
        <extracomment>%1 is the measure's id, %2 its name ("valuation (Quantix, Helvar)")</extracomment>
        <translation>Mesure %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n open conflict(s)</source>
        <extracomment>how many conflicts of the measure nobody has settled</extracomment>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checks:</source>
        <translation>Vérifications :</translation>
    </message>
    <message>
        <location line="+9" />
        <source>computed %1, stated %2 %3</source>
        <extracomment>%1 the value computed from the figures, %2 the value the text states, %3 their unit</extracomment>
        <translation>calculé %1, annoncé %2 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 measures, %2 open conflicts, %3 checks, %4 inconsistent</source>
        <extracomment>the summary line of factdesk-cli story</extracomment>
        <translation>%1 mesures, %2 conflits ouverts, %3 vérifications, %4 incohérentes</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamBanner</name>
    <message>
        <location filename="../ui/team/teambanner.cpp" line="+54" />
        <location line="+72" />
        <source>Dismiss</source>
        <comment>the message of the team banner</comment>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamConnection</name>
    <message>
        <location filename="../app/project/teamconnection.cpp" line="+47" />
        <source>the server wants a password and none was accepted</source>
        <translation>le serveur demande un mot de passe et aucun n’a été accepté</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no database %1 on the server</source>
        <extracomment>%1 is a database name</extracomment>
        <translation>il n’y a pas de base %1 sur le serveur</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the server knows no role %1</source>
        <extracomment>%1 is a PostgreSQL role (user) name</extracomment>
        <translation>le serveur ne connaît pas de rôle %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the secure connection (TLS) could not be set up: %1</source>
        <extracomment>%1 is the library's own explanation, kept: it names the certificate at fault</extracomment>
        <translation>la connexion sécurisée (TLS) n’a pas pu être établie : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the server does not let this role in from here</source>
        <translation>le serveur ne laisse pas entrer ce rôle depuis ce poste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the PostgreSQL service is not defined: %1</source>
        <extracomment>%1 is libpq's explanation</extracomment>
        <translation>le service PostgreSQL n’est pas défini : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé</translation>
    </message>
    <message>
        <location line="-52" />
        <source>the server refused the connection: %1</source>
        <extracomment>%1 is the server's explanation</extracomment>
        <translation>le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Password of %1 for %2:</source>
        <extracomment>%1 is a role (user) name, %2 the team project</extracomment>
        <translation>Mot de passe de %1 pour %2 :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password was refused. Password of %1 for %2:</source>
        <translation>Le mot de passe a été refusé. Mot de passe de %1 pour %2 :</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <location line="+194" />
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is the team project's address (without password), %2 why</extracomment>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Cannot listen for the others' changes: %1</source>
        <translation>Impossible d’écouter les modifications des autres : %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the role %1 may not change this project</source>
        <extracomment>%1 is a database role (user) name</extracomment>
        <translation>le rôle %1 ne peut pas modifier ce projet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the server's disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the server is short of resources (memory or connections)</source>
        <translation>le serveur manque de ressources (mémoire ou connexions)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another analyst's change got in the way; try again</source>
        <translation>la modification d’un autre analyste s’est interposée ; réessayez</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the project's data contradicts itself</source>
        <translation>les données du projet se contredisent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the database does not have the structure of a FactDesk project</source>
        <translation>la base n’a pas la structure d’un projet FactDesk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the database refused the operation</source>
        <extracomment>%1 is PostgreSQL's error code (SQLSTATE)</extracomment>
        <translation>la base a refusé l’opération</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the database refused the operation (error %1)</source>
        <translation>la base a refusé l’opération (erreur %1)</translation>
    </message>
    <message>
        <source>the server is starting up</source>
        <translation>le serveur est en train de démarrer</translation>
    </message>
    <message>
        <source>the server is shutting down</source>
        <translation>le serveur est en train de s’arrêter</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamPasswordPrompt</name>
    <message>
        <location filename="../ui/team/teampasswordprompt.cpp" line="+12" />
        <source>Team Project Password</source>
        <translation>Mot de passe du projet d’équipe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FactDesk keeps it only until the window closes.</source>
        <translation>FactDesk ne le garde que jusqu’à la fermeture de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamProjectDialog</name>
    <message>
        <location filename="../ui/team/teamprojectdialog.cpp" line="+82" />
        <source>Open Team Project</source>
        <translation>Ouvrir un projet d’équipe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PostgreSQL database of the team project, as a URL or a service name. Leave the password out: FactDesk asks for it when the server wants one, and forgets it when the window closes.</source>
        <translation>La base PostgreSQL du projet d’équipe, en URL ou en nom de service. N’y mettez pas le mot de passe : FactDesk le demande quand le serveur en veut un, et l’oublie à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>postgresql://anna@db.example/desk?sslmode=verify-full</source>
        <comment>an example; keep the URL as it is, names may change</comment>
        <translation>postgresql://anna@db.example/redaction?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This is not a PostgreSQL URL (postgresql://…) or a service (service=…). Open a project file with File ▸ Open Project.</source>
        <translation>Ce n’est ni une URL PostgreSQL (postgresql://…) ni un service (service=…). Ouvrez un fichier de projet avec Fichier ▸ Ouvrir un projet.</translation>
    </message>
</context>
<context>
    <name>FactDesk::TeamSession</name>
    <message>
        <location filename="../ui/team/teamsession.cpp" line="+105" />
        <source>Read-only: you cannot change the project: %1. You can read it, follow the others' reviews and export facts.</source>
        <translation>Lecture seule : vous ne pouvez pas modifier le projet : %1. Vous pouvez le lire, suivre les vérifications des autres et exporter les faits.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Another analyst's change could not be shown: %1</source>
        <translation>La modification d’un autre analyste n’a pas pu être affichée : %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” was stored before the connection was lost.</source>
        <translation>« %1 » a été enregistré avant la perte de la connexion.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” was not stored: the connection was lost first. Do it again.</source>
        <translation>« %1 » n’a pas été enregistré : la connexion a été perdue avant. Refaites-le.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>The server cannot be reached. FactDesk reconnects by itself; until then nothing you do is stored.</source>
        <translation>Le serveur est injoignable. FactDesk se reconnecte de lui-même ; d’ici là, rien de ce que vous faites n’est enregistré.</translation>
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
        <translation>Suivre la &amp;palette</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+22" />
        <source>Verify the figures in news articles.</source>
        <translation>Vérifier les chiffres des articles de presse.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A project to open (a .factdesk file, or a team project's postgresql:// URL), and article files or folders to import into it.</source>
        <translation>Un projet à ouvrir (un fichier .factdesk, ou l’URL postgresql:// d’un projet d’équipe), et des fichiers ou dossiers d’articles à y importer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>[files...]</source>
        <translation>[fichiers…]</translation>
    </message>
</context>
</TS>
