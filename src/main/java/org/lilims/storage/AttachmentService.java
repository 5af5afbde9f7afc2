package org.lilims.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;
import org.lilims.shared.RecordAccess;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AttachmentService implements Attachments {

	static final int MAX_CAPTION_LENGTH = 2000;

	private final FileStore files;

	private final AttachmentRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<RecordAccess> access;

	AttachmentService(FileStore files, AttachmentRecords records, ApplicationEventPublisher events, Clock clock,
			List<RecordAccess> access) {
		this.access = access;
		this.files = files;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<Attachment> upload(List<Upload> uploads, AttachmentTarget target, AttachmentCategory category,
			@Nullable String caption) {
		requireReadable(target);
		if (uploads.isEmpty()) {
			throw new InvalidInputException("file", "choose at least one file");
		}
		String cleanCaption = cleanCaption(caption);
		List<Attachment> attached = new ArrayList<>();
		for (Upload upload : uploads) {
			try (InputStream content = upload.content().getInputStream()) {
				StoredFile file = this.files.store(content, upload.meta());
				attached.add(attach(file, target, category, cleanCaption));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the upload " + upload.meta().originalName(), ex);
			}
		}
		return attached;
	}

	@Override
	public Attachment attach(FileId file, AttachmentTarget target, AttachmentCategory category,
			@Nullable String caption) {
		requireReadable(target);
		return attach(this.files.get(file), target, category, cleanCaption(caption));
	}

	/** Records of other projects are neither listed nor attached to; the owning module decides. */
	private boolean readable(AttachmentTarget target) {
		return this.access.stream()
			.noneMatch(check -> check.handles(target.type()) && !check.canRead(target.type(), target.id()));
	}

	private void requireReadable(AttachmentTarget target) {
		if (!readable(target)) {
			throw new NotFoundException("No " + target.type() + " " + target.id());
		}
	}

	private Attachment attach(StoredFile file, AttachmentTarget target, AttachmentCategory category,
			@Nullable String caption) {
		String actor = CurrentActor.name();
		Instant now = this.clock.instant();
		return this.records.insert(file.id(), target, category, caption, actor, now)
			.map(id -> {
				Attachment attachment = new Attachment(id, target, category, caption, file, actor, now);
				this.events.publishEvent(new FileAttached(attachment));
				return attachment;
			})
			.orElseGet(() -> this.records.find(file.id(), target));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attachment> of(AttachmentTarget target) {
		return readable(target) ? this.records.findByTarget(target) : List.of();
	}

	private static @Nullable String cleanCaption(@Nullable String caption) {
		if (caption == null || caption.isBlank()) {
			return null;
		}
		if (caption.length() > MAX_CAPTION_LENGTH) {
			throw new InvalidInputException("caption", "must be at most " + MAX_CAPTION_LENGTH + " characters");
		}
		return caption.strip();
	}

}
