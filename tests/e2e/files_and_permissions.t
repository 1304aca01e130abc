Files and permissions: the journal writes health data only into regular
files of its own, in a directory nobody else can change, and reads every
file within a size limit.

A month file that is a symbolic link is neither written through nor read
(a link planted in a shared directory used to send the entry into its
target). The link's target stays as it was; the other months still load.

  $ journal -q add neck 5 --note first
  $ echo "someone else's file" > elsewhere
  $ ln -s ../elsewhere journal/2026-10.toml
  $ journal add neck 4 --at 2026-10-05
  journal: $TMP/journal/2026-10.toml is a symbolic link, which the journal does not follow (a planted link could send health data elsewhere); replace it with the file it points to, or remove it
  [1]
  $ cat elsewhere
  someone else's file
  $ journal check
  $TMP/journal/2026-10.toml is a symbolic link, which the journal does not follow (a planted link could send health data elsewhere); replace it with the file it points to, or remove it
  Checked 2 files, 1 entry: 1 problem. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list --format csv | cut -d, -f5,6,11
  warning: $TMP/journal/2026-10.toml is a symbolic link, which the journal does not follow (a planted link could send health data elsewhere); replace it with the file it points to, or remove it
  site,intensity,note
  neck,5,first
  $ rm journal/2026-10.toml

`check --repair` does not cut the target of a linked month, and does not
append to a side file that is a link.

  $ { cat journal/2026-11.toml; printf '\n[[entry]]\nid = "01TORN'; } > theirs.toml
  $ cp theirs.toml theirs.before
  $ ln -s ../theirs.toml journal/2026-09.toml
  $ journal check --repair | grep -c 'is a symbolic link'
  1
  $ cmp theirs.toml theirs.before && echo "target unchanged"
  target unchanged
  $ rm journal/2026-09.toml
  $ printf '\n[[entry]]\nid = "01TORN' >> journal/2026-11.toml
  $ cp journal/2026-11.toml month.before
  $ ln -s ../elsewhere journal/2026-11.toml.torn
  $ journal check --repair
  journal: $TMP/journal/2026-11.toml.torn is a symbolic link, which the journal does not follow (a planted link could send health data elsewhere); replace it with the file it points to, or remove it; $TMP/journal/2026-11.toml is unchanged
  [1]
  $ cat elsewhere; cmp month.before journal/2026-11.toml && echo "month unchanged"
  someone else's file
  month unchanged
  $ rm journal/2026-11.toml.torn
  $ journal -q check --repair; journal check
  $TMP/journal/2026-11.toml: moved the torn last entry (22 bytes) to $TMP/journal/2026-11.toml.torn
  Checked 1 file, 1 entry: no problems.

A month file that is a pipe or a device is refused (reading a pipe used to
wait for ever); one beyond the size limit of 256 MiB (here a sparse file of
1 GB, which used to be read whole) too. Each is a problem of its month only.

  $ mkfifo journal/2026-07.toml
  $ truncate -s 1G journal/2026-08.toml
  $ journal check
  $TMP/journal/2026-07.toml is a named pipe, not a regular file; move it out of the journal directory
  $TMP/journal/2026-08.toml is larger than 256 MiB, the limit for a month file; move it out of the journal directory (a real month is a few MB)
  Checked 3 files, 1 entry: 2 problems. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list --format csv | tail -n +2 | wc -l
  warning: $TMP/journal/2026-07.toml is a named pipe, not a regular file; move it out of the journal directory
  warning: $TMP/journal/2026-08.toml is larger than 256 MiB, the limit for a month file; move it out of the journal directory (a real month is a few MB)
  1
  $ journal add neck 2 --at 2026-07-05 2>&1 | grep -c 'is a named pipe'
  1
  $ journal add neck 2 --at 2026-08-05 2>&1 | grep -c 'is larger than 256 MiB'
  1
  $ rm journal/2026-07.toml journal/2026-08.toml

The journal directory: health data is written only into a directory that
nobody else can write to. Reading such a directory (a copy someone else
made) is fine.

  $ mkdir -m 777 shared
  $ cp journal/2026-11.toml shared/
  $ journal --dir shared add neck 3
  journal: journal directory shared can be written by others (mode 0777), who could plant files or links in it, so the journal does not write there; make it yours alone: chmod 700 shared
  [1]
  $ journal --dir shared list --format csv | cut -d, -f5,6
  site,intensity
  neck,5
  $ mkdir -m 770 group; journal --dir group add neck 3 2>&1 | grep -o '(mode 0770).*'
  (mode 0770), who could plant files or links in it, so the journal does not write there; make it yours alone: chmod 700 group
  $ chmod 700 shared; journal --dir shared -q add neck 3; journal --dir shared list --format csv | tail -n +2 | wc -l
  2

A directory owned by another user is not written to either (as root, a
directory given to nobody; as another user, the root directory).

  $ mkdir -m 700 given && chown 65534 given 2>/dev/null && d=$PWD/given || d=/
  $ [ "$(stat -c %u "$d")" != "$(id -u)" ] && journal --dir "$d" add neck 3 2>&1 | sed "s|directory $d |directory DIR |; s|chmod 700 $d\$|chmod 700 DIR|"
  journal: journal directory DIR belongs to another user, so the journal does not write there; use a directory of your own (--dir), or have this one given to you (chown) and then run: chmod 700 DIR

Files are 0600 and a new directory 0700 whatever the umask.

  $ (umask 000; journal --dir fresh -q add neck 2; journal --dir fresh export -q -o fresh.csv; journal --dir fresh -q add neck 1 --at 2026-10-01)
  $ printf '\n[[entry]]\nid = "01TORN' >> fresh/2026-11.toml; (umask 000; journal --dir fresh -q check --repair)
  fresh/2026-11.toml: moved the torn last entry (22 bytes) to fresh/2026-11.toml.torn
  $ stat -c '%a %n' fresh fresh/* fresh.csv
  700 fresh
  600 fresh/2026-10.toml
  600 fresh/2026-11.toml
  600 fresh/2026-11.toml.torn
  600 fresh.csv
  $ (umask 0277; journal --dir tight -q add neck 2 && journal --dir tight -q add neck 3 && journal --dir tight export -q -o tight.csv); stat -c '%a %n' tight tight/* tight.csv
  700 tight
  600 tight/2026-11.toml
  600 tight.csv

The config file may be a symbolic link (dotfile managers make them), but it
must lead to a regular file of at most 1 MiB: a link to /dev/zero or a huge
file used to be read without end.

  $ printf 'sites = ["jaw-left"]\n' > dotfiles.toml
  $ ln -s dotfiles.toml config.toml
  $ journal -q add jaw-left 3 && echo "linked config read"
  linked config read
  $ rm config.toml; ln -s /dev/zero config.toml
  $ journal list
  journal: $TMP/config.toml is a character device, not a regular file; a config is a few lines of TOML: point --config or $JOURNAL_CONFIG at the right file
  [2]
  $ journal --config /dev/null list --last 1 | tail -n 1
  1 entry
  $ rm config.toml; truncate -s 2M config.toml
  $ journal list
  journal: $TMP/config.toml is larger than 1 MiB, the limit for a config file; a config is a few lines of TOML: point --config or $JOURNAL_CONFIG at the right file
  [2]
  $ rm config.toml
