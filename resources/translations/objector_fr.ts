<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Pas de réponse depuis le {submitted}&#xa0;: la réponse était attendue le {due}</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Réponse attendue au plus tard le {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Demande refusée ou sans réponse&#xa0;: vous pouvez adresser une réclamation à une autorité de protection des données</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Vérifiez à nouveau ce paramètre (prévu le {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Commencé, pas terminé</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Date limite le {date}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>{days} jours restants avant le {date}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Demain ({date})&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Aujourd’hui ({date})&#xa0;: {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>La date du {date} est passée&#xa0;: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>La date du {date} est passée&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Dernière vérification le {day}&#xa0;; le fichier ne dit pas comment.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Vérifié le {day} en suivant les étapes dans l’application ou sur le site.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Vérifié le {day} d’après les pages des autorités de protection des données elles-mêmes&#xa0;; pas testé en pratique.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Vérifié le {day} d’après les pages d’aide de l’entreprise elle-même&#xa0;; pas vérifié dans l’application.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Vérifié le {day} d’après les pages d’aide de {company}&#xa0;; pas vérifié dans l’application.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Rassemblé à partir d’articles de presse et de tutoriels, tous non datés&#xa0;; pas vérifié dans l’application (vérifié le {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Rassemblé à partir d’articles de presse et de tutoriels publiés jusqu’en {month}&#xa0;; pas vérifié dans l’application (vérifié le {day}).</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Meta AI</source>
        <translation>Meta AI</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>ChatGPT</source>
        <translation>ChatGPT</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Microsoft Copilot</source>
        <translation>Microsoft Copilot</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Tumblr</source>
        <translation>Tumblr</translation>
    </message>
    <message>
        <source>WordPress.com</source>
        <translation>WordPress.com</translation>
    </message>
    <message>
        <source>Quora</source>
        <translation>Quora</translation>
    </message>
    <message>
        <source>Substack</source>
        <translation>Substack</translation>
    </message>
    <message>
        <source>Squarespace</source>
        <translation>Squarespace</translation>
    </message>
    <message>
        <source>Adobe</source>
        <translation>Adobe</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>DeviantArt</source>
        <translation>DeviantArt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Grammarly</source>
        <translation>Grammarly</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Amazon Alexa</source>
        <translation>Amazon Alexa</translation>
    </message>
    <message>
        <source>Udemy</source>
        <translation>Udemy</translation>
    </message>
    <message>
        <source>Figma</source>
        <translation>Figma</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Apple (Siri, Apple Intelligence)</source>
        <translation>Apple (Siri, Apple Intelligence)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Canva</source>
        <translation>Canva</translation>
    </message>
    <message>
        <source>CapCut</source>
        <translation>CapCut</translation>
    </message>
    <message>
        <source>Character.AI</source>
        <translation>Character.AI</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>Grok</source>
        <translation>Grok</translation>
    </message>
    <message>
        <source>JetBrains</source>
        <translation>JetBrains</translation>
    </message>
    <message>
        <source>Le Chat (Mistral AI)</source>
        <translation>Le Chat (Mistral AI)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Notion</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Otter.ai</source>
        <translation>Otter.ai</translation>
    </message>
    <message>
        <source>Replit</source>
        <translation>Replit</translation>
    </message>
    <message>
        <source>Samsung Galaxy AI</source>
        <translation>Samsung Galaxy AI</translation>
    </message>
    <message>
        <source>SoundCloud</source>
        <translation>SoundCloud</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WeTransfer</source>
        <translation>WeTransfer</translation>
    </message>
    <message>
        <source>Windsurf</source>
        <translation>Windsurf</translation>
    </message>
    <message>
        <source>Wix</source>
        <translation>Wix</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>«&#xa0;{label}&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>Le même Accounts Center&#xa0;?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>«&#xa0;{new}&#xa0;» est-il dans le même Accounts Center que «&#xa0;{other}&#xa0;»&#xa0;?

Meta relie des comptes dans un Accounts Center, et une seule opposition couvre tous les comptes qui s’y trouvent. Pour vérifier, dans l’application Facebook&#xa0;: votre photo de profil, puis Paramètres et confidentialité, Paramètres, Accounts Center. Dans Instagram&#xa0;: votre profil, puis ☰, Accounts Center. Les comptes listés à cet endroit sont liés.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Oui, le même</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>Je &amp;vérifierai plus tard</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Accounts Center de {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>«&#xa0;{label}&#xa0;» archivé. Affichez les comptes archivés pour le revoir.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>«&#xa0;{label}&#xa0;» est de nouveau actif.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>Supprimer le compte&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>Supprimer «&#xa0;{label}&#xa0;» et tout ce qui a été enregistré pour ce compte&#xa0;?

Cela supprime {ticks}, {notes}, {evidence} et {history}. C’est définitif. Pour garder ces informations tout en les mettant de côté, choisissez plutôt Archiver.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n étape cochée</numerusform>
            <numerusform>%n étapes cochées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>%n modification de son historique</numerusform>
            <numerusform>%n modifications de son historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Exporter les é&amp;chéances dans un fichier de calendrier…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>&amp;Importer une liste à cocher Markdown comme guide…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>&amp;Sauvegarder tout dans un fichier…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Importer un &amp;fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>&amp;Copier le texte pour le formulaire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Liste à &amp;cocher</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Vue d’ensemble et prochaines actions</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>&amp;Renommer ou modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>Affi&amp;cher les comptes archivés</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>&amp;Cocher ou décocher l’étape</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>&amp;Ajouter un guide à ce compte…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>&amp;Masquer ce guide pour ce compte</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>Réaffic&amp;her un guide masqué…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>&amp;Joindre un fichier à cette étape ou à ce guide…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>Masquer les guides &amp;terminés</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Tout &amp;développer</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Tout &amp;réduire</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>&amp;Signaler un problème avec ce guide…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Problèmes dans les fichiers de guide…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>À pr&amp;opos d’Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>Impossible de lire vos données Objector</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

Fichier&#xa0;: {path}

Objector ne l’a pas modifié et le conservera à côté du nouveau.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Commencer avec une nouvelle base de données vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector ne peut pas continuer</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

Fichier&#xa0;: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>La sauvegarde valide la plus récente date du {made}. Elle contient {accounts} et {history}&#xa0;; la dernière modification qu’elle contient date du {last} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n modification enregistrée dans leur historique</numerusform>
            <numerusform>%n modifications enregistrées dans leur historique</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector est déjà ouvert avec le dossier de données {folder}&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector est déjà ouvert avec le dossier de données {folder} (processus {pid}), mais sa fenêtre n’est pas passée au premier plan.

Passez à cette fenêtre. Si elle ne répond plus, fermez-la (ou arrêtez le processus {pid}) et relancez Objector. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector est déjà ouvert</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>Le disque qui contient vos données est plein&#xa0;: Objector les a donc ouvertes en lecture seule. Vous pouvez tout lire et tout sauvegarder sur un autre disque (Fichier &gt; Sauvegarder tout), mais les modifications ne peuvent pas être enregistrées.

Libérez de la place sur le disque, puis relancez Objector.

Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>La sauvegarde automatique n’a pas pu être faite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: seuls les liens web (https, http) et e-mail sont autorisés.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>Le lien ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>Aucun programme de messagerie n’a répondu. Copiez l’adresse et collez-la dans votre messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>Aucun navigateur web n’a répondu. Copiez l’adresse et collez-la dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Adresse copiée. Collez-la dans votre programme de messagerie.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Adresse copiée. Collez-la dans la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Compte sélectionné</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Progression de ce compte</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Rechercher dans les guides, les étapes et les notes</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Rechercher dans les guides, les étapes et les notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste à cocher</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} sur %n étape</numerusform>
            <numerusform>{done} sur %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Aucun guide, aucune étape ni aucune note encore en cours ne contient «&#xa0;{text}&#xa0;». Appuyez sur Échap pour effacer la recherche, ou affichez les éléments terminés.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Aucun guide, aucune étape ni aucune note ne contient «&#xa0;{text}&#xa0;». Appuyez sur Échap pour effacer la recherche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Aucun résultat&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>cocher «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>décocher «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>changer le statut</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>modifier la note</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>renommer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>retirer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>joindre «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>prolongation du délai</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>modifier la référence</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>modifier la date</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Choisissez un guide ou une étape pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Détails du guide</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Statut de cette demande</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>&amp;le</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Date de ce statut</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Numéro de référence ou texte de confirmation (facultatif)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Ils ont indiqué avoir besoin de plus de temps pour répondre (&amp;prolongation)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>L’autre partie a prolongé le délai de réponse</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>Je l’ai &amp;revérifié aujourd’hui</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>Je l’ai revérifié aujourd’hui</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Ajouter le guide de réclamation à ce compte</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Texte à copier, avec vos informations déjà remplies&#xa0;:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Texte à copier</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Texte copié. Collez-le dans le formulaire.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>Rien à joindre&#xa0;: copiez d’abord une image ou un fichier.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Ajoutez un compte pour commencer.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Couvert par «&#xa0;{account}&#xa0;»&#xa0;: {procedure}, envoyé le {date}.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Couvert par «&#xa0;{account}&#xa0;»&#xa0;: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Une seule demande couvre tous vos comptes liés (pour Meta, les comptes du même Accounts Center). Si cette demande est refusée, celle-ci n’est plus couverte.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>La réponse était attendue le {due}&#xa0;: {days} de retard.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>Une réponse est attendue au plus tard le {due} (il reste {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>S’ils prolongent le délai, au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Fait le {done}&#xa0;; les plateformes peuvent remettre ce type de paramètre comme avant&#xa0;: vérifiez-le à nouveau maintenant.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Vérifiez-le à nouveau le {date}.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Ouvrir le guide de réclamation</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>Islande, Liechtenstein ou Norvège (EEE)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>par exemple&#xa0;: mon Instagram d’artiste</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>facultatif, par ex. @monnom</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>facultatif&#xa0;: l’adresse e-mail du compte</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>facultatif&#xa0;: votre nom, pour le texte d’opposition</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>facultatif&#xa0;: le pays où vous vivez</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>facultatif&#xa0;: un même nom pour vos comptes qui sont liés</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>La langue de la fenêtre ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>La langue des textes que vous copiez et envoyez (oppositions, réclamations). Un guide qui n’est pas traduit dans cette langue les donne en anglais.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>Où vous &amp;habitez&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>I&amp;dentifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>&amp;Comptes liés&#xa0;:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>Langue des &amp;lettres&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation>&amp;Accounts Center&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation>Accounts Center</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Compte ajouté</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Informations du compte modifiées</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Compte archivé</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Compte restauré</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Étape faite</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Étape marquée comme non faite</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Date du statut modifiée</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Numéro de référence modifié</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>Fichier joint renommé</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Fichier joint retiré</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>Fichier joint restauré</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Guide terminé</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Guide rouvert</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Guide affiché ou masqué</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Délai de réponse prolongé par l’autre partie</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Prolongation du délai de réponse retirée</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Couvert par «&#xa0;{account}&#xa0;»&#xa0;: {guide}, envoyé le {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Couvert par «&#xa0;{account}&#xa0;»&#xa0;: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Étape «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (n’est plus dans le guide)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>étape «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Date du statut ou numéro de référence enregistré</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>de {before} à {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>numéro de référence {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} depuis le {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>en {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n caractère)</numerusform>
            <numerusform>(%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(vidée)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Le plus important</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Pour la région du compte ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Date qui compte</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(depuis le {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Délai de réponse prolongé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Version du guide suivie</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(le guide a changé depuis)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Comment le guide a été vérifié</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>daté du {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>lu le {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Créé le {when} par Objector {version}. Toutes les heures sont dans le fuseau horaire {zone}.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Ajouté à Objector</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (n’est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, joint le {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Rapport de preuves Objector</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Identifiant du guide</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>À revérifier le</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Compte&#xa0;: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Notes sur le compte&#xa0;:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Étapes faites&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Fichiers joints&#xa0;:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Sources du guide&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Réponse attendue&#xa0;: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Envoyé le {day}. Sans réponse à cette date, vous pouvez envoyer un rappel ou adresser une réclamation à une autorité de protection des données.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>À revérifier&#xa0;: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Les plateformes peuvent réactiver des réglages. Vérifiez que tout est encore comme vous l’avez laissé.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Date limite&#xa0;: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>facultatif&#xa0;: un nom pour l’Accounts Center que ces comptes partagent</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>facultatif&#xa0;: un même nom pour vos comptes liés, pour qu’une seule demande les couvre</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Donnez un intitulé à ce compte pour le distinguer de vos autres comptes.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>Fichiers de guide avec des problèmes</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Ces fichiers ont été ignorés&#xa0;; tous les autres guides ont été chargés. Corrigez chaque problème dans le fichier et enregistrez-le, ou vérifiez-le avec «&#xa0;objector validate FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Choisissez d’abord un guide ou une étape, puis joignez-y le fichier.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>Joindre un fichier volumineux&#xa0;?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Ce fichier fait {size}. Joindre une copie quand même&#xa0;?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>L’image n’a pas pu être convertie en fichier PNG&#xa0;: rien n’a été joint.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Image collée {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà joint ici.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» joint.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>La copie enregistrée de «&#xa0;{name}&#xa0;» est introuvable (a-t-elle été supprimée&#xa0;?)&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Aucun programme n’a ouvert «&#xa0;{name}&#xa0;». Sa copie se trouve dans {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Renommer le fichier joint</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>«&#xa0;{name}&#xa0;» retiré. Annuler le remet en place.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} · attached {date}</source>
        <translation>{size} · joint le {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>E-mail de {sender}, {date}&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Date&#xa0;: {date}
De&#xa0;: {sender}
Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>Aucun fichier joint. Déposez des fichiers ici, collez une capture d’écran (Ctrl+V) ou utilisez «&#xa0;Joindre un fichier…&#xa0;».</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Ouvrir le fichier joint</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>Renommer le fichier joint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Retirer le fichier joint</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>{path} n’a pas pu être enregistré&#xa0;: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Le rapport n’a pas été enregistré</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Seulement «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Quels comptes&#xa0;?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Choisissez un autre dossier ou libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Le fichier de calendrier n’a pas été enregistré</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Pas encore de dates</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Il n’y a encore rien à mettre dans un calendrier&#xa0;: aucune réponse n’est attendue, aucune date limite n’approche et aucun paramètre n’est à revérifier.

Quand vous cochez l’étape qui envoie une demande (ou que vous mettez son statut sur «&#xa0;envoyé&#xa0;»), la date attendue pour sa réponse s’ajoute ici.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Exporter les échéances</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Fichier de calendrier non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>%n date enregistrée dans {path}. Ouvrez ce fichier avec votre calendrier.</numerusform>
            <numerusform>%n dates enregistrées dans {path}. Ouvrez ce fichier avec votre calendrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La sauvegarde n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Sauvegarder tout</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Sauvegarde Objector avec les fichiers joints (*.zip);;Données seules (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Sauvegarde Objector (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Sauvegarde importée</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Ajouté&#xa0;: {accounts} compte(s), {ticks} étape(s) cochée(s), {notes} note(s) et {history} entrée(s) d’historique.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Importer une liste à cocher Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>{path} n’a pas pu être lu comme texte UTF-8&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>D’où vient cette liste à cocher&#xa0;?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>La liste à cocher ne cite aucune page web. Indiquez l’adresse d’où elle vient (https://…)&#xa0;:</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> %n lien qui n’était ni un lien web ni un lien e-mail a été écarté.</numerusform>
            <numerusform> %n liens qui n’étaient ni des liens web ni des liens e-mail ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Liste à cocher importée</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>{steps} étape(s) importée(s) dans {path}.{dropped}

Ouvrez le fichier pour vérifier ses plateformes, ses régions et ses sources&#xa0;; Objector le recharge chaque fois que vous l’enregistrez.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Choisissez d’abord un guide ou une étape.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Un rapport sur ce guide se trouve dans le presse-papiers. Collez-le dans un e-mail ou un ticket destiné aux personnes qui tiennent les guides à jour, et ajoutez ce que vous avez constaté. Objector n’envoie rien lui-même.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>Ouvrir dans mon programme de messagerie</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>Aucun programme de messagerie n’a répondu. Le rapport se trouve dans le presse-papiers&#xa0;: collez-le dans un e-mail ou un ticket destiné aux personnes qui tiennent les guides à jour.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Actions à faire</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n action à faire&#xa0;: consultez la vue d’ensemble (Ctrl+2)</numerusform>
            <numerusform>%n actions à faire&#xa0;: consultez la vue d’ensemble (Ctrl+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Aucun problème&#xa0;: tous les fichiers ont été chargés.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>À propos d’Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vous aide à suivre, compte par compte, vos oppositions à l’utilisation de vos données pour entraîner l’IA. Tout reste sur cet ordinateur&#xa0;; Objector ne se connecte jamais lui-même à Internet.&lt;/p&gt;&lt;p&gt;Votre dossier de données&#xa0;: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Guide de réclamation ajouté à ce compte.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Guides rechargés&#xa0;: {count} chargés.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector est déjà ouvert&#xa0;: voici sa fenêtre.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Mis à jour&#xa0;: vos données ont été modifiées en dehors de cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}&#xa0;: {done} sur %n étape effectuée{archived}</numerusform>
            <numerusform>{platform}, {region}&#xa0;: {done} sur %n étapes effectuées{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Guide et étapes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>ou&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (en anglais)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · couvert</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Dernière vérification le {date}&#xa0;: il n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Faites l’une des deux&#xa0;: cette méthode ou celle juste au-dessus. Une seule suffit.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Ce guide n’est pas encore traduit dans votre langue&#xa0;: il est affiché en anglais.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Couvert par ce que vous avez fait pour «&#xa0;{account}&#xa0;» (comptes liés&#xa0;: une seule demande les couvre tous).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} sur %n étape effectuée</numerusform>
            <numerusform>{done} sur %n étapes effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>%n autre façon de faire, affichée ci-dessous&#xa0;: une seule méthode suffit</numerusform>
            <numerusform>%n autres façons de faire, affichées ci-dessous&#xa0;: une seule méthode suffit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>%n autre façon de faire (une seule méthode suffit)</numerusform>
            <numerusform>%n autres façons de faire (une seule méthode suffit)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>La méthode ci-dessus est celle qui est recommandée. Ouvrez cette ligne (sa flèche, ou Entrée) pour afficher les autres juste en dessous&#xa0;; une seule d’entre elles suffit.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>couvert par {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Note modifiée ailleurs</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Cette note a été modifiée en dehors de cette fenêtre (par un autre Objector ou par une commande) pendant que vous écriviez.

Garder les deux textes (l’autre d’abord, puis le vôtre), seulement le vôtre, ou seulement l’autre&#xa0;?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Modifié ailleurs&#xa0;:
{stored}

Écrit ici&#xa0;:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder le &amp;mien</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Garder l’&amp;autre</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>%n note que vous avez écrite n’a pas pu être enregistrée&#xa0;: {problem}.

Fichier&#xa0;: {path}

{advice}

Rester dans Objector pour la copier en lieu sûr (elle est toujours dans sa zone de note), ou fermer et la perdre&#xa0;?</numerusform>
            <numerusform>%n notes que vous avez écrites n’ont pas pu être enregistrées&#xa0;: {problem}.

Fichier&#xa0;: {path}

{advice}

Rester dans Objector pour les copier en lieu sûr (elles sont toujours dans leurs zones de note), ou fermer et les perdre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>Afficher ou replier les notes</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Notes de ce compte</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Notes de ce compte…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Notes de ce guide</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Notes de ce guide&#xa0;: numéros de référence, réponses…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notes de cette étape</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Notes de cette étape…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>&amp;Notes du compte</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Notes du &amp;guide</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Notes de l’é&amp;tape</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Notes (%n remplie)</numerusform>
            <numerusform>Notes (%n remplies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Replier les notes pour laisser plus de place à l’étape</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Afficher les notes de ce compte, de ce guide et de cette étape</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Vous avez joint leur réponse pour «&#xa0;{title}&#xa0;», datée du {date}. Qu’ont-ils répondu&#xa0;?

Objector l’enregistre à cette date&#xa0;; vous pourrez la modifier dans les détails.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Vous avez coché la réponse pour «&#xa0;{title}&#xa0;». Qu’ont-ils répondu&#xa0;?

Objector l’enregistre à la date d’aujourd’hui&#xa0;; vous pourrez modifier la date dans les détails.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Quelle réponse avez-vous reçue&#xa0;?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>Ils ont &amp;accepté</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>Ils ont &amp;refusé</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Ils ont besoin de &amp;plus de temps</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>Rien pour l’&amp;instant</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>Réclamation&#xa0;?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>Rien à faire pour l’instant. Objector affichera ici les réponses attendues, les dates limites et les paramètres à revérifier quand il y en aura.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Tous les comptes et guides</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Prochaines actions</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;Tous les comptes</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Qt n’a pas pu écrire le PDF dans {path}</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>Afficher les problèmes des fichiers de guide</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>Fermer l’avertissement sur les problèmes des fichiers de guide</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>%n fichier de guide a des problèmes et a été ignoré&#xa0;; tout le reste a été chargé.</numerusform>
            <numerusform>%n fichiers de guide ont des problèmes et ont été ignorés&#xa0;; tout le reste a été chargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Ajouter un guide à ce compte</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Masqué. Guide &gt; Réafficher un guide masqué le fait revenir.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>Aucun guide n’est masqué pour ce compte.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Réafficher un guide masqué</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Proposé, pas encore en vigueur&#xa0;:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>Le plus important&#xa0;:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Pour votre région ({region})&#xa0;:</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Ce que vous obtenez&#xa0;:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Date à retenir&#xa0;:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>À savoir aussi</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Points sur lesquels les sources divergent, pour les relecteurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Ce qui se passe (mis à jour le {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Il n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Son identifiant pour signaler un problème&#xa0;: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>daté du {published}, lu le {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>daté du {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>non daté, lu le {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>La traduction de cette étape est plus ancienne que le texte anglais, que voici&#xa0;:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>À quoi s’attendre&#xa0;:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Ce guide a changé depuis que vous l’avez terminé. Nouvelles étapes&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Ce guide a changé depuis que vous l’avez terminé&#xa0;; vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Vous avez coché des étapes qui ne figurent plus dans ce guide (elles restent dans votre historique)&#xa0;: {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Dernière vérification le {date}&#xa0;: il n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Enregistré comme envoyé aujourd’hui&#xa0;: le délai de réponse commence maintenant.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Réponse enregistrée à la date du {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>C’est noté. Objector vous le rappellera plus tard.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Pas encore enregistré&#xa0;: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>%n modification pas encore enregistrée&#xa0;: un autre programme utilise vos données. Objector continue d’essayer.</numerusform>
            <numerusform>%n modifications pas encore enregistrées&#xa0;: un autre programme utilise vos données. Objector continue d’essayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Toujours pas enregistré&#xa0;: {problem}. Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{problem}.

{advice}</source>
        <translation>{problem}.

{advice}</translation>
    </message>
    <message>
        <source>{title}: {error}

Nothing else was changed. If this keeps happening, use Guide &gt; Report a problem with this guide, or the command line (objector --help), and say what you did.</source>
        <translation>{title}&#xa0;: {error}

Rien d’autre n’a été modifié. Si cela se reproduit, utilisez Guide &gt; Signaler un problème avec ce guide, ou la ligne de commande (objector --help), et décrivez ce que vous avez fait.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Liste à cocher ou vue d’ensemble</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Objector&lt;/h2&gt;&lt;p&gt;Ajoutez chaque compte que vous voulez protéger&#xa0;: votre Facebook, votre Instagram, un deuxième profil. Objector vous montre ensuite, pour chacun, les étapes pour vous opposer à l’entraînement de l’IA ou pour le limiter, et garde une trace de ce que vous avez fait.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Ajouter votre premier compte…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Ajouter votre premier compte</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Objector utilisera la langue «&#xa0;{language}&#xa0;» à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} à {time}</translation>
    </message>
</context>
</TS>
