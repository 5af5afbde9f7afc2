// Attachments panel: drag-and-drop and uploads with a progress bar. Event handlers are delegated from the document,
// so panels that htmx swaps in later work too; the script may be included by several panels but binds once.
(function () {
  'use strict';
  if (window.lilimsAttachments) {
    return;
  }
  window.lilimsAttachments = true;

  function formOf(target) {
    return target instanceof Element ? target.closest('form[data-attachments-upload]') : null;
  }

  function showChosen(form) {
    var input = form.querySelector('[data-file-input]');
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    form.querySelector('[data-chosen]').textContent = names.join(', ');
  }

  function problemText(xhr) {
    try {
      var problem = JSON.parse(xhr.responseText);
      return problem.detail || problem.title || ('HTTP ' + xhr.status);
    } catch (e) {
      return xhr.status === 403 ? 'You may not upload files here (or your session expired).' : 'Upload failed (HTTP ' + xhr.status + ')';
    }
  }

  function upload(form) {
    var input = form.querySelector('[data-file-input]');
    var status = form.querySelector('[data-status]');
    var progress = form.querySelector('[data-progress]');
    var maxBytes = Number(form.dataset.maxFileBytes);
    var empty = Array.prototype.filter.call(input.files, function (f) { return f.size === 0; });
    var tooLarge = Array.prototype.filter.call(input.files, function (f) { return maxBytes > 0 && f.size > maxBytes; });
    if (input.files.length === 0) {
      status.textContent = 'Choose at least one file.';
      return;
    }
    if (empty.length > 0 || tooLarge.length > 0) {
      status.textContent = empty.length > 0 ? empty[0].name + ' is empty.'
        : tooLarge[0].name + ' is larger than the upload limit of ' + form.dataset.maxFileSize + '.';
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      // as a header, so the server checks it before reading the (possibly too large) body
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round(100 * e.loaded / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      progress.hidden = true;
      if (xhr.status >= 400) {
        status.textContent = problemText(xhr);
        return;
      }
      var panel = form.closest('[hx-get]');
      if (window.htmx && panel) {
        window.htmx.trigger(panel, 'attachments-changed');
      } else {
        window.location.assign(form.querySelector('input[name="returnTo"]').value);
      }
    });
    xhr.addEventListener('error', function () {
      progress.hidden = true;
      status.textContent = 'Upload failed: the connection was interrupted.';
    });
    status.textContent = '';
    progress.value = 0;
    progress.hidden = false;
    xhr.send(new FormData(form));
  }

  document.addEventListener('submit', function (e) {
    var form = formOf(e.target);
    if (form) {
      e.preventDefault();
      upload(form);
    }
  });
  document.addEventListener('change', function (e) {
    var form = formOf(e.target);
    if (form && e.target.matches('[data-file-input]')) {
      showChosen(form);
    }
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var zone = e.target instanceof Element ? e.target.closest('[data-dropzone]') : null;
      if (zone) {
        e.preventDefault();
        zone.classList.add('dragover');
      }
    });
  });
  document.addEventListener('dragleave', function (e) {
    var zone = e.target instanceof Element ? e.target.closest('[data-dropzone]') : null;
    if (zone) {
      zone.classList.remove('dragover');
    }
  });
  document.addEventListener('drop', function (e) {
    var zone = e.target instanceof Element ? e.target.closest('[data-dropzone]') : null;
    if (!zone) {
      return;
    }
    e.preventDefault();
    zone.classList.remove('dragover');
    var form = formOf(zone);
    form.querySelector('[data-file-input]').files = e.dataTransfer.files;
    showChosen(form);
    upload(form);
  });
})();
