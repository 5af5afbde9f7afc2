package org.lilims.storage;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attachments panel that record pages embed with htmx, its upload form, downloads and previews.
 */
@Controller
class AttachmentController {

	private final FileStore files;

	private final Attachments attachments;

	private final Previews previews;

	private final DataSize maxFileSize;

	AttachmentController(FileStore files, Attachments attachments, Previews previews,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.files = files;
		this.attachments = attachments;
		this.previews = previews;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping("/attachments/fragment")
	String panel(@RequestParam String targetType, @RequestParam String targetId,
			@RequestParam(required = false) @Nullable String returnTo,
			@RequestHeader(name = "HX-Current-URL", required = false) @Nullable String pageUrl, Model model) {
		AttachmentTarget target = new AttachmentTarget(targetType, targetId);
		model.addAttribute("target", target);
		model.addAttribute("rows", this.attachments.of(target).stream().map(this::row).toList());
		model.addAttribute("categories", AttachmentCategory.values());
		model.addAttribute("maxFileBytes", this.maxFileSize.toBytes());
		model.addAttribute("maxFileSize", humanSize(this.maxFileSize.toBytes()));
		model.addAttribute("returnTo", (returnTo != null) ? ReturnPath.orHome(returnTo) : ReturnPath.ofPage(pageUrl));
		return "storage/attachments :: panel";
	}

	@PostMapping("/attachments")
	String upload(@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> uploaded,
			@RequestParam String targetType, @RequestParam String targetId,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String caption,
			@RequestParam(required = false) @Nullable String returnTo, RedirectAttributes redirect) {
		List<Upload> uploads = (uploaded != null) ? uploaded.stream()
			.map(file -> new Upload(file, new FileMeta(file.getOriginalFilename(), file.getContentType())))
			.toList() : List.of();
		try {
			List<Attachment> added = this.attachments.upload(uploads, new AttachmentTarget(targetType, targetId),
					AttachmentCategory.parse(category), caption);
			redirect.addFlashAttribute("message", "Attached " + added.size() + (added.size() == 1 ? " file" : " files"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("message", "Nothing attached: " + ex.getMessage());
		}
		return "redirect:" + ReturnPath.orHome(returnTo);
	}

	@RequestMapping(path = "/files/{id}/content", method = { RequestMethod.GET, RequestMethod.HEAD })
	ResponseEntity<Resource> content(@PathVariable String id, HttpMethod method) {
		return FileResponses.download(this.files, FileId.parse(id), method);
	}

	@GetMapping("/files/{id}/preview")
	ResponseEntity<Resource> preview(@PathVariable String id) {
		StoredFile file = this.files.get(FileId.parse(id));
		Previews.Preview preview = this.previews.of(file)
			.orElseThrow(() -> new NotFoundException(file.originalName() + " is not an image with a preview"));
		// content-addressed: a file id's preview never changes
		return ResponseEntity.ok()
			.contentType(preview.mediaType())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
			.body(preview.content());
	}

	@ExceptionHandler
	void notFound(NotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND, ex.getMessage());
	}

	private Row row(Attachment attachment) {
		return new Row(attachment, this.previews.hasPreview(attachment.file()),
				humanSize(attachment.file().sizeBytes()));
	}

	static String humanSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

	/**
	 * One line of the panel.
	 *
	 * @param attachment the attachment
	 * @param previewable whether a preview image can be shown
	 * @param size its size for people, e.g. {@code 4.2 MB}
	 */
	record Row(Attachment attachment, boolean previewable, String size) {
	}

}
