/* attest-output.c: every file Attest writes goes through here.
 *
 * Exports (JSON, CSV, PDF), copies of a workspace and new workspaces are
 * written to a private temporary file and put in place only when complete,
 * after a look at what the name already is:
 *
 * - the workspace being read (the same file, by device and inode, whatever
 *   the path, hard link or symbolic link that names it): refused, always;
 * - the journal SQLite keeps beside that workspace: refused, always;
 * - another Attest workspace (by its content, or by a name ending in
 *   .isms, so that one whose first bytes were damaged is not lost):
 *   refused unless forced;
 * - a FIFO or a character device (/dev/null): written through, never
 *   renamed over;
 * - /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: written to the
 *   file this process has open there (a pipe, a file the shell appends
 *   to), whatever it is, unless it is the workspace or a folder;
 * - a folder, a socket or a block device: refused;
 * - a symbolic link: the file it points to is written, the link stays;
 * - “-”, when the caller says so: standard output.
 *
 * The checks are made when the output is opened and again just before it
 * is put in place. Messages name the user's path, never the temporary file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest-error.h"
#include "attest-output.h"

#define MAX_LINKS 40

typedef enum
{
  TARGET_NEW,       /* nothing there yet */
  TARGET_FILE,      /* a regular file, replaced */
  TARGET_STREAM,    /* a FIFO or a character device, written through */
  TARGET_STDOUT,
  TARGET_DESCRIPTOR, /* /dev/stdout, /dev/fd/N: written to the open file itself */
} TargetKind;

struct _AttestOutput
{
  char              *path;       /* as the user gave it */
  char              *name;       /* for messages */
  char              *reading;
  char              *final;      /* @path with its symbolic links followed */
  char              *temp;
  AttestOutputFlags  flags;
  TargetKind         kind;
  gboolean           committed;
};

/**
 * _attest_test_point_reached:
 * @name: a point in the code
 *
 * For tests that must stop a process at a known moment: whether the
 * environment's ATTEST_TEST_KILL_AT is @name (or @name#N, the Nth time this
 * point is reached).
 *
 * Returns: %TRUE if the process is to die here
 */
gboolean
_attest_test_point_reached (const char *name)
{
  static GHashTable *counts;
  const char *wanted = g_getenv ("ATTEST_TEST_KILL_AT");
  const char *hash;
  size_t len;
  guint64 nth = 1;
  guint count;

  if (wanted == NULL)
    return FALSE;
  hash = strchr (wanted, '#');
  len = hash ? (size_t) (hash - wanted) : strlen (wanted);
  if (strncmp (wanted, name, len) != 0 || name[len] != '\0')
    return FALSE;
  if (hash != NULL && !g_ascii_string_to_unsigned (hash + 1, 10, 1, G_MAXUINT, &nth, NULL))
    return FALSE;
  if (counts == NULL)
    counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1;
  g_hash_table_insert (counts, g_strdup (name), GUINT_TO_POINTER (count));
  return count == nth;
}

/**
 * _attest_test_point:
 * @name: a point in the code
 *
 * Kills the process there, as a power cut or `kill -9` would, when
 * _attest_test_point_reached() says so.
 */
void
_attest_test_point (const char *name)
{
  if (_attest_test_point_reached (name))
    raise (SIGKILL);
}

/* The open file a name like /dev/stdout, /dev/fd/3 or /proc/self/fd/3
 * stands for, or -1. Following such a link by its text would find
 * "pipe:[1234]" or the file's name, and a rename would replace the file the
 * shell opened (appending, say) instead of writing to it. */
static int
descriptor_of (const char *path)
{
  static const char * const prefixes[] = { "/dev/fd/", "/proc/self/fd/" };
  guint64 fd;

  if (g_str_equal (path, "/dev/stdout"))
    return STDOUT_FILENO;
  if (g_str_equal (path, "/dev/stderr"))
    return STDERR_FILENO;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (path, prefixes[i])
        && g_ascii_string_to_unsigned (path + strlen (prefixes[i]), 10, 0, G_MAXINT, &fd, NULL))
      return (int) fd;
  return -1;
}

/* Whether @path is the journal SQLite keeps beside the workspace @reading
 * while a change is unfinished: writing it would be taken for one. */
static gboolean
is_journal_of (const char *path,
               const char *reading)
{
  static const char * const suffixes[] = { "-journal", "-wal", "-shm" };
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *reading_dir = NULL;
  g_autofree char *reading_base = NULL;
  GStatBuf a, b;

  if (reading == NULL)
    return FALSE;
  reading_dir = g_path_get_dirname (reading);
  reading_base = g_path_get_basename (reading);
  if (g_stat (dir, &a) != 0 || g_stat (reading_dir, &b) != 0 || a.st_dev != b.st_dev || a.st_ino != b.st_ino)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *journal = g_strconcat (reading_base, suffixes[i], NULL);

      if (g_str_equal (base, journal))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_workspace_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".isms");
}

static gboolean
is_workspace (const char *path)
{
  guint8 header[72];
  gssize n;
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);

  if (fd < 0)
    return FALSE;
  n = read (fd, header, sizeof header);
  close (fd);
  return n == (gssize) sizeof header && memcmp (header, "SQLite format 3", 16) == 0
         && (((guint32) header[68] << 24) | ((guint32) header[69] << 16)
             | ((guint32) header[70] << 8) | header[71]) == ATTEST_APPLICATION_ID;
}

/* @path with the symbolic links of its last component followed: the file
 * a write through @path lands in, which need not exist yet. */
static char *
follow_links (const char  *path,
              const char  *name,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      GStatBuf st;
      g_autofree char *target = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, &local_error);
      if (target == NULL)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                       _("“%s” cannot be written: %s."), name, local_error->message);
          return NULL;
        }
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *joined = g_build_filename (dir, target, NULL);

          g_free (current);
          current = g_steal_pointer (&joined);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
               _("“%s” cannot be written: too many symbolic links."), name);
  return NULL;
}

/* The checks of the table above. Sets @final and @kind. */
static gboolean
check (const char         *path,
       const char         *name,
       const char         *reading,
       AttestOutputFlags   flags,
       char              **final,
       TargetKind         *kind,
       GError            **error)
{
  g_autofree char *resolved = NULL;
  GStatBuf st, st_reading;

  if ((flags & ATTEST_OUTPUT_DASH_IS_STDOUT) && g_str_equal (path, "-"))
    {
      *kind = TARGET_STDOUT;
      *final = g_strdup (path);
      return TRUE;
    }

  if (flags & ATTEST_OUTPUT_CREATE)
    {
      /* A new workspace takes a free name and nothing else: it is opened
       * by that name afterwards, which must be the file itself. */
      if (g_str_equal (path, "-") || descriptor_of (path) >= 0)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("A workspace is a file of its own and cannot be written to “%s”. Give it a file name."), name);
          return FALSE;
        }
      if (g_lstat (path, &st) == 0)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_EXISTS,
                       _("“%s” already exists. Choose another name."), name);
          return FALSE;
        }
      *kind = TARGET_NEW;
      *final = g_strdup (path);
      return TRUE;
    }

  {
    int fd = descriptor_of (path);

    if (fd >= 0)
      {
        if (fstat (fd, &st) != 0)
          {
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                         _("“%s” names no file open for this command, so nothing was written."), name);
            return FALSE;
          }
        if (reading != NULL && g_stat (reading, &st_reading) == 0
            && st.st_dev == st_reading.st_dev && st.st_ino == st_reading.st_ino)
          {
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE,
                         _("“%s” is the workspace itself, so it was not replaced. Choose another name."), name);
            return FALSE;
          }
        if (S_ISDIR (st.st_mode))
          {
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                         _("“%s” is a folder, so it was not written. Choose a file name."), name);
            return FALSE;
          }
        *kind = TARGET_DESCRIPTOR;
        *final = g_strdup_printf ("%d", fd);
        return TRUE;
      }
  }

  resolved = follow_links (path, name, error);
  if (resolved == NULL)
    return FALSE;
  if (is_journal_of (resolved, reading))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE,
                   _("“%s” is where the workspace keeps an unfinished change, so it was not written. "
                     "Choose another name."), name);
      return FALSE;
    }

  if (g_stat (resolved, &st) != 0)
    {
      int saved = errno;

      if (saved != ENOENT)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                       _("“%s” cannot be written: %s."), name, g_strerror (saved));
          return FALSE;
        }
      *kind = TARGET_NEW;
      *final = g_steal_pointer (&resolved);
      return TRUE;
    }

  if (reading != NULL && g_stat (reading, &st_reading) == 0
      && st.st_dev == st_reading.st_dev && st.st_ino == st_reading.st_ino)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE,
                   _("“%s” is the workspace itself, so it was not replaced. Choose another name."), name);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” is a folder, so it was not written. Choose a file name."), name);
      return FALSE;
    }
  if (S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))
    {
      *kind = TARGET_STREAM;
      *final = g_steal_pointer (&resolved);
      return TRUE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” is not a regular file (a socket or a device), so it was not written. Choose a file name."),
                   name);
      return FALSE;
    }
  /* A workspace by its content, or by its name: one whose first bytes
   * were damaged may still be recovered, and is not replaced unasked. */
  if (!(flags & ATTEST_OUTPUT_FORCE) && (is_workspace (resolved) || has_workspace_name (resolved)))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE,
                   _("“%s” is an Attest workspace, so it was not replaced. Choose another name."), name);
      return FALSE;
    }
  *kind = TARGET_FILE;
  *final = g_steal_pointer (&resolved);
  return TRUE;
}

/**
 * attest_output_check:
 * @path: the file to write, as the user named it
 * @reading: (nullable): the workspace being read, never written
 * @flags: how to treat what @path already is
 * @error: return location for an error
 *
 * Whether @path may be written, by the rules of attest_output_open(),
 * without writing anything: a dialog asks before replacing a workspace
 * when this fails with %ATTEST_ERROR_IS_WORKSPACE.
 *
 * Returns: %TRUE if it may
 */
gboolean
attest_output_check (const char         *path,
                     const char         *reading,
                     AttestOutputFlags   flags,
                     GError            **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *final = NULL;
  TargetKind kind;

  return check (path, name, reading, flags, &final, &kind, error);
}

/**
 * attest_output_open:
 * @path: the file to write, as the user named it
 * @reading: (nullable): the workspace being read, which is never written
 * @flags: how to treat what @path already is
 * @error: return location for an error
 *
 * Checks @path and makes a private (0600) temporary file for the writer:
 * beside the file it replaces, or in the temporary folder when the output
 * is a stream. The writer writes attest_output_get_temp_path(), then
 * attest_output_commit() puts it in place.
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
AttestOutput *
attest_output_open (const char         *path,
                    const char         *reading,
                    AttestOutputFlags   flags,
                    GError            **error)
{
  AttestOutput *self = g_new0 (AttestOutput, 1);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  int fd;

  self->path = g_strdup (path);
  self->name = g_filename_display_name (path);
  self->reading = g_strdup (reading);
  self->flags = flags;
  if (!check (path, self->name, reading, flags, &self->final, &self->kind, error))
    {
      attest_output_free (self);
      return NULL;
    }

  if (self->kind == TARGET_STREAM || self->kind == TARGET_STDOUT || self->kind == TARGET_DESCRIPTOR)
    dir = g_strdup (g_get_tmp_dir ());
  else
    dir = g_path_get_dirname (self->final);
  base = g_path_get_basename (self->kind == TARGET_STDOUT || self->kind == TARGET_DESCRIPTOR ? "attest-output"
                                                                                             : self->final);
  self->temp = g_strdup_printf ("%s/.%s.XXXXXX.part", dir, base);
  fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("“%s” cannot be written: its folder does not exist. Choose a folder you may write to."),
                     self->name);
      else if (saved == EACCES || saved == EPERM || saved == EROFS)
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("“%s” cannot be written: you may not write in its folder. Choose a folder you may write to."),
                     self->name);
      else
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("“%s” cannot be written: %s."), self->name, g_strerror (saved));
      g_clear_pointer (&self->temp, g_free);
      attest_output_free (self);
      return NULL;
    }
  /* The umask may have taken bits away, never added them; make sure. */
  if (fchmod (fd, 0600) != 0)
    g_debug ("fchmod: %s", g_strerror (errno));
  close (fd);
  return self;
}

/**
 * attest_output_get_temp_path:
 * @self: an output
 *
 * Returns: the private file to write; an empty file at first
 */
const char *
attest_output_get_temp_path (AttestOutput *self)
{
  return self->temp;
}

/**
 * attest_output_get_display_name:
 * @self: an output
 *
 * Returns: the user's name of the output, for messages
 */
const char *
attest_output_get_display_name (AttestOutput *self)
{
  return self->name;
}

static gboolean
copy_through (AttestOutput  *self,
              int            out,
              GError       **error)
{
  char buffer[65536];
  gssize n;
  int in = g_open (self->temp, O_RDONLY | O_CLOEXEC, 0);

  if (in < 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” could not be written: %s."), self->name, g_strerror (errno));
      return FALSE;
    }
  while ((n = read (in, buffer, sizeof buffer)) != 0)
    {
      gssize done = 0;

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          break;
        }
      while (done < n)
        {
          gssize w = write (out, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w <= 0)
            {
              int saved = w < 0 ? errno : ENOSPC;

              close (in);
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                           _("“%s” could not be written: %s."), self->name, g_strerror (saved));
              return FALSE;
            }
          done += w;
        }
    }
  close (in);
  if (n < 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” could not be written: %s."), self->name, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Puts a new file in place only if the name is still free: a file that
 * appeared since the check is never replaced. */
static gboolean
move_no_replace (const char *from,
                 const char *to)
{
  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return TRUE;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return FALSE;
  /* File systems without it: a hard link fails if the name is taken. */
  if (link (from, to) == 0)
    {
      g_unlink (from);
      return TRUE;
    }
  return FALSE;
}

/**
 * attest_output_commit:
 * @self: an output whose temporary file is complete
 * @error: return location for an error
 *
 * Checks the name again and puts the file in place: renamed over a regular
 * file (or to a new name), copied through to a stream.
 *
 * Returns: %TRUE if the output is written
 */
gboolean
attest_output_commit (AttestOutput  *self,
                      GError       **error)
{
  g_autofree char *final = NULL;
  TargetKind kind;
  gboolean ok;

  g_return_val_if_fail (!self->committed, FALSE);

  if (!check (self->path, self->name, self->reading, self->flags, &final, &kind, error))
    return FALSE;
  if (kind != self->kind && !(self->kind == TARGET_NEW && kind == TARGET_FILE)
      && !(self->kind == TARGET_FILE && kind == TARGET_NEW))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” changed while it was being written, so it was not written. Try again."), self->name);
      return FALSE;
    }

  switch (kind)
    {
    case TARGET_STDOUT:
      fflush (stdout);
      ok = copy_through (self, STDOUT_FILENO, error);
      break;

    case TARGET_DESCRIPTOR:
      {
        int fd = atoi (final);

        if (fd == STDOUT_FILENO)
          fflush (stdout);
        ok = copy_through (self, fd, error);
      }
      break;

    case TARGET_STREAM:
      {
        int fd = g_open (final, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);

        if (fd < 0)
          {
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                         _("“%s” could not be written: %s."), self->name, g_strerror (errno));
            return FALSE;
          }
        ok = copy_through (self, fd, error);
        if (close (fd) != 0 && ok)
          {
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                         _("“%s” could not be written: %s."), self->name, g_strerror (errno));
            ok = FALSE;
          }
      }
      break;

    case TARGET_NEW:
    case TARGET_FILE:
    default:
      if ((self->flags & ATTEST_OUTPUT_CREATE) ? !move_no_replace (self->temp, final)
                                               : g_rename (self->temp, final) != 0)
        {
          int saved = errno;

          if (saved == EEXIST)
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_EXISTS,
                         _("“%s” already exists. Choose another name."), self->name);
          else
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                         _("“%s” could not be written: %s."), self->name, g_strerror (saved));
          return FALSE;
        }
      self->committed = TRUE;
      return TRUE;
    }

  if (ok)
    {
      g_unlink (self->temp);
      self->committed = TRUE;
    }
  return ok;
}

/**
 * attest_output_free:
 * @self: (nullable): an output
 *
 * Removes the temporary file of an output that was not committed.
 */
void
attest_output_free (AttestOutput *self)
{
  if (self == NULL)
    return;
  if (self->temp != NULL && !self->committed)
    {
      g_autofree char *journal = g_strconcat (self->temp, "-journal", NULL);

      g_unlink (self->temp);
      g_unlink (journal);
    }
  g_free (self->path);
  g_free (self->name);
  g_free (self->reading);
  g_free (self->final);
  g_free (self->temp);
  g_free (self);
}

/**
 * attest_output_write_file:
 * @path: the file to write, as the user named it
 * @reading: (nullable): the workspace being read, which is never written
 * @flags: how to treat what @path already is
 * @data: the bytes
 * @length: their length, or -1 for a NUL-terminated text
 * @error: return location for an error
 *
 * Writes @data to @path by the rules of attest_output_open().
 *
 * Returns: %TRUE on success
 */
gboolean
attest_output_write_file (const char         *path,
                          const char         *reading,
                          AttestOutputFlags   flags,
                          const char         *data,
                          gssize              length,
                          GError            **error)
{
  g_autoptr(AttestOutput) output = attest_output_open (path, reading, flags, error);
  g_autoptr(GError) local_error = NULL;

  if (output == NULL)
    return FALSE;
  if (!g_file_set_contents_full (output->temp, data, length, G_FILE_SET_CONTENTS_DURABLE, 0600, &local_error))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOSPC)
                   ? _("The disk is full, so “%s” was not written. Free some space and try again.")
                   : _("“%s” could not be written. Check the disk, then try again."),
                   output->name);
      return FALSE;
    }
  return attest_output_commit (output, error);
}
